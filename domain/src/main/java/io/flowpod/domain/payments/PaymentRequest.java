package io.flowpod.domain.payments;

import java.time.Instant;
import java.util.UUID;

/** The one payment request of a payable; {@code payUrl} is null for MANUAL. */
public record PaymentRequest(UUID payableId, PaymentProvider provider, State state, String payUrl,
    String instructions, long amountMinor, String currency, Instant expiresAt) {

  public enum State { REQUESTED, PAID, FAILED, EXPIRED, REFUNDED }
}
