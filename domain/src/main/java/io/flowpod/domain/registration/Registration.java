package io.flowpod.domain.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One registration link and what became of it. {@code source} is where the person came from
 * ({@code WHATSAPP}, {@code TELEGRAM} or {@code STOREFRONT}); {@code email} is the storefront
 * visitor's address (the link went there) and, after completion, the address the customer gave.
 */
public record Registration(UUID id, String source, UUID chatIdentityId, String email,
    String locale, String status, Instant expiresAt, Instant usedAt, UUID customerId,
    boolean confirmationNeeded, Instant emailConfirmedAt, Instant emailDiscardedAt,
    Instant createdAt) {

  public static final String OPEN = "OPEN";
  public static final String COMPLETED = "COMPLETED";
  public static final String EXPIRED = "EXPIRED";

  public boolean fromStorefront() {
    return "STOREFRONT".equals(source);
  }

  /** Whether the form may still be submitted at {@code now}. */
  public boolean usable(Instant now) {
    return OPEN.equals(status) && usedAt == null && expiresAt.isAfter(now);
  }

  /** The reference staff see in logs and incidents, e.g. "Registration R-7F3A01BC". */
  public static String ref(UUID id) {
    return "Registration R-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }
}
