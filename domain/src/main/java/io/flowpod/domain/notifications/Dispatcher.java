package io.flowpod.domain.notifications;

import io.flowpod.domain.consent.ConsentLinks;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one recorded message: tries its channels in order, each through its gateway (which retries
 * with backoff), and falls back to the next one when a channel fails. Every try is an attempt row;
 * the message ends SENT, or FAILED when no channel took it. Addresses are read at send time, so a
 * customer who changed their e-mail meanwhile gets it at the new one.
 */
@Component
class Dispatcher {

  static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  private final OutboundStore store;
  private final CustomerContacts contacts;
  private final ChatIdentities chats;
  private final Consents consents;
  private final ConsentLinks consentLinks;
  private final Tenants tenants;
  private final MessageComposer composer;
  private final Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);
  private final Environment environment;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Dispatcher(OutboundStore store, CustomerContacts contacts, ChatIdentities chats,
      Consents consents, ConsentLinks consentLinks, Tenants tenants, MessageComposer composer,
      List<ChannelGateway> gateways, Environment environment,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.store = store;
    this.contacts = contacts;
    this.chats = chats;
    this.consents = consents;
    this.consentLinks = consentLinks;
    this.tenants = tenants;
    this.composer = composer;
    gateways.forEach(gateway -> this.gateways.put(gateway.channel(), gateway));
    this.environment = environment;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** What happened to a message handed to {@link #dispatch}. */
  record Outcome(boolean sent, Channel channel, String summary) {}

  /** Tries the message's channels in order; never throws for a provider failure. */
  Outcome dispatch(OutboundMessage message) {
    Tenant tenant = transactions.execute(tx -> tenants.find(TenantContext.require()))
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    Optional<ContactCard> card = message.customerId() == null ? Optional.empty()
        : transactions.execute(tx -> contacts.find(message.customerId()));
    List<String> failures = new ArrayList<>();
    for (Channel channel : message.channels()) {
      String failure = tryChannel(message, channel, tenant, card);
      if (failure == null) {
        return new Outcome(true, channel, "sent on " + channel);
      }
      failures.add(channel + " (" + failure + ")");
    }
    String summary = failures.isEmpty() ? "no channel to try" : String.join(", ", failures);
    transactions.executeWithoutResult(tx -> store.markFailed(message.id(), summary));
    return new Outcome(false, null, summary);
  }

  /** Null when sent, else why not. */
  private String tryChannel(OutboundMessage message, Channel channel, Tenant tenant,
      Optional<ContactCard> card) {
    Optional<String> address = message.customerId() == null
        ? Optional.ofNullable(message.address())
        : card.flatMap(c -> ChannelPlanner.address(c, channel));
    if (address.isEmpty()) {
      return attempt(message, channel, null, "no address on this channel any more");
    }
    if (message.purpose() == MessagePurpose.MARKETING && message.customerId() != null
        && !transactions.execute(tx -> consents.allows(message.customerId(),
            ConsentPurpose.MARKETING, channel))) {
      return attempt(message, channel, null, "marketing consent withdrawn");
    }
    ChannelGateway gateway = gateways.get(channel);
    if (gateway == null) {
      return attempt(message, channel, null, "no gateway for this channel");
    }
    String withdrawal = message.purpose() == MessagePurpose.MARKETING && message.customerId() != null
        ? publicUrl() + consentLinks.withdrawalPath(tenant.slug(), message.customerId(), channel)
        : null;
    String language = message.locale();
    MessageComposer.Composed composed = message.template().startsWith("direct")
        ? new MessageComposer.Composed(message.bodyText(), null)
        : composer.compose(tenant, language, message.bodyText(), withdrawal);
    OutgoingMessage outgoing = new OutgoingMessage(tenant.id(), message.id(), channel,
        address.get(), message.subject(), composed.text(), composed.html(),
        freeFormAllowed(channel, address.get()), message.whatsApp());
    try {
      SendReceipt receipt = gateway.send(outgoing);
      transactions.executeWithoutResult(tx -> {
        store.recordAttempt(message.id(), channel, address.get(), true, receipt.note(),
            receipt.providerMessageId(), Instant.now(clock));
        store.markSent(message.id(), channel, Instant.now(clock));
      });
      log.info("Message {} ({}) about {} sent on {}", message.id(), message.template(),
          message.subjectRef(), channel);
      return null;
    } catch (RuntimeException e) {
      String reason = e instanceof ChannelDeliveryException ? e.getMessage()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("Message {} ({}) about {} not sent on {}: {}", message.id(), message.template(),
          message.subjectRef(), channel, reason);
      return attempt(message, channel, address.get(), reason);
    }
  }

  private String attempt(OutboundMessage message, Channel channel, String address, String failure) {
    transactions.executeWithoutResult(tx -> store.recordAttempt(message.id(), channel, address,
        false, failure, null, Instant.now(clock)));
    return failure;
  }

  /** WhatsApp free-form text only inside the 24 hours after the customer last wrote. */
  boolean freeFormAllowed(Channel channel, String address) {
    if (channel != Channel.WHATSAPP) {
      return true;
    }
    return transactions.execute(tx -> chats.find(channel, address)).map(ChatIdentity::lastInboundAt)
        .map(last -> last.isAfter(Instant.now(clock).minus(WHATSAPP_WINDOW)))
        .orElse(false);
  }

  /** Read per message, not at start: the default names the port the server bound once it listens. */
  private String publicUrl() {
    String url = environment.getProperty("flowpod.public-url", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
