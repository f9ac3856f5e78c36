package io.flowpod.domain.notifications;

import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.messaging.MessagePurpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The channels a customer may be reached on, in the order to try them: the preferred channel first,
 * then WhatsApp, Telegram, e-mail, SMS. A channel counts when the customer has an address on it (an
 * unblocked chat identity, an e-mail address, a phone number), the workspace has it switched on
 * (e-mail is on unless switched off: it falls back to the platform's mail server), and, for
 * marketing, the customer's consent for that channel allows it.
 */
@Component
class ChannelPlanner {

  private static final List<Channel> DEFAULT_ORDER =
      List.of(Channel.WHATSAPP, Channel.TELEGRAM, Channel.EMAIL, Channel.SMS);

  private final ChannelSettings settings;
  private final Consents consents;

  ChannelPlanner(ChannelSettings settings, Consents consents) {
    this.settings = settings;
    this.consents = consents;
  }

  List<Channel> plan(ContactCard card, MessagePurpose purpose) {
    if (!card.reachable()) {
      return List.of();
    }
    List<Channel> order = new ArrayList<>();
    if (card.preferredChannel() != null) {
      order.add(card.preferredChannel());
    }
    DEFAULT_ORDER.stream().filter(c -> !order.contains(c)).forEach(order::add);
    return order.stream()
        .filter(channel -> address(card, channel).isPresent())
        .filter(this::enabled)
        .filter(channel -> purpose == MessagePurpose.SERVICE
            || consents.allows(card.customerId(), ConsentPurpose.MARKETING, channel))
        .toList();
  }

  boolean enabled(Channel channel) {
    return settings.find(channel).map(config -> config.enabled())
        .orElse(channel == Channel.EMAIL);
  }

  static Optional<String> address(ContactCard card, Channel channel) {
    return switch (channel) {
      case WHATSAPP, TELEGRAM -> card.chat(channel).filter(chat -> !chat.blocked())
          .map(ChatIdentity::address);
      case EMAIL -> Optional.ofNullable(card.email()).filter(email -> !email.isBlank());
      case SMS -> Optional.ofNullable(card.phone()).filter(phone -> !phone.isBlank());
    };
  }
}
