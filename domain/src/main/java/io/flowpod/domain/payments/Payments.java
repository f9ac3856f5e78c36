package io.flowpod.domain.payments;

import java.util.Optional;
import java.util.UUID;

/**
 * Payments of the current tenant through its provider. Payment outcomes are published as flow messages
 * {@code payments.payment-received} / {@code payments.payment-failed} with the payable id as key.
 */
@org.springframework.stereotype.Service
public class Payments {

  /** Idempotent per payable: a repeat answers the existing request and creates nothing. */
  public PaymentRequest request(Payable payable) {
    throw new UnsupportedOperationException("skeleton");
  }

  public Optional<PaymentRequest> find(UUID payableId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Refunds a paid payable in full, once (provider idempotency key); not paid: refunded=false. */
  public RefundOutcome refund(UUID payableId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Staff recorded a manual payment (bank transfer, cash). */
  public PaymentRequest recordManualPayment(UUID payableId, UUID actorUserId) {
    throw new UnsupportedOperationException("skeleton");
  }
}
