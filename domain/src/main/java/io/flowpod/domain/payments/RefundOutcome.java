package io.flowpod.domain.payments;

/** {@code refunded} false when nothing was paid; the reference is the provider's refund id. */
public record RefundOutcome(boolean refunded, String reference) {}
