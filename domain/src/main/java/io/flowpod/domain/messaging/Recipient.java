package io.flowpod.domain.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom a message goes to: a registered customer (the channel is chosen from their preferences and
 * consents), or a bare address on one channel for someone who is not a customer yet (a registration
 * link to an unknown chat sender, a double opt-in mail).
 */
public sealed interface Recipient {

  record Customer(UUID customerId) implements Recipient {
    public Customer {
      Objects.requireNonNull(customerId, "customerId");
    }
  }

  /** {@code address}: e-mail address, WhatsApp number (wa_id), Telegram chat id or phone number. */
  record Address(Channel channel, String address, String locale) implements Recipient {
    public Address {
      Objects.requireNonNull(channel, "channel");
      if (address == null || address.isBlank()) {
        throw new IllegalArgumentException("address must not be blank");
      }
    }
  }
}
