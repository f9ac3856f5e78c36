package io.flowpod.domain.consent;

import io.flowpod.domain.messaging.Channel;
import java.util.Objects;
import java.util.UUID;

/**
 * One consent event to record. {@code channel} is required for marketing and absent otherwise;
 * {@code source} says where it happened ({@code STOREFRONT}, {@code WHATSAPP}, {@code TELEGRAM},
 * {@code EMAIL_LINK}, {@code STAFF}, {@code API}); {@code proof} says how (e.g. "confirmation link
 * clicked"); {@code ipAddress} may be null when there is none (a chat message).
 */
public record ConsentEntry(UUID customerId, ConsentPurpose purpose, Channel channel,
    ConsentState state, String policyVersion, String textShown, String source, String ipAddress,
    String proof) {

  public ConsentEntry {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(state, "state");
    if ((purpose == ConsentPurpose.MARKETING) != (channel != null)) {
      throw new IllegalArgumentException("a channel is required for marketing consent and only for it");
    }
    requireText(policyVersion, "policyVersion");
    requireText(textShown, "textShown");
    requireText(source, "source");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
