package io.flowpod.domain.payments;

import io.flowpod.domain.payments.PaymentRequest.State;
import java.time.Instant;
import java.util.UUID;

/** One payment_requests row: the request plus what only the provider adapters need. */
record PaymentRequestRow(UUID tenantId, UUID payableId, PaymentProvider provider, State state,
    String description, long amountMinor, String currency, String returnUrl, Instant expiresAt,
    String checkoutSessionId, String paymentIntentId, String payUrl, String testTokenHash,
    String instructions, String refundId) {

  PaymentRequest toRequest(String payUrl) {
    return new PaymentRequest(payableId, provider, state, payUrl, instructions, amountMinor, currency,
        expiresAt);
  }
}
