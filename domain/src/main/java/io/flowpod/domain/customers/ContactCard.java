package io.flowpod.domain.customers;

import io.flowpod.domain.messaging.Channel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything needed to reach one customer: status ({@code PENDING}, {@code ACTIVE}, {@code BLOCKED},
 * {@code ERASED}), e-mail (null for chat-only customers), phone (for SMS), language, the preferred
 * channel if they chose one, and their chat identities. Read at send time; never a process variable.
 */
public record ContactCard(UUID customerId, String status, String email, boolean emailVerified,
    String phone, String locale, Channel preferredChannel, List<ChatIdentity> chats) {

  public ContactCard {
    chats = List.copyOf(chats);
  }

  public boolean reachable() {
    return "ACTIVE".equals(status) || "PENDING".equals(status);
  }

  public Optional<ChatIdentity> chat(Channel channel) {
    return chats.stream().filter(chat -> chat.channel() == channel).findFirst();
  }
}
