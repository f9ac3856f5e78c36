package io.flowpod.domain.payments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment request that cannot be carried out, with the {@link Reason} the web layer turns into a
 * status. Nothing was written when it is thrown.
 */
public class PaymentException extends RuntimeException {

  /** Why the request failed. */
  public enum Reason {
    /** Field-level problems, listed in {@link #violations()}. */
    INVALID,
    /** No such payable (or test payment link) in the current workspace. */
    NOT_FOUND,
    /** Not awaiting a payment staff may record: already settled, or taken by Stripe Checkout. */
    NOT_AWAITING_PAYMENT,
    /** A webhook that is not provably from the workspace's provider: unknown tenant, bad signature. */
    WEBHOOK_REJECTED
  }

  private final Reason reason;
  private final Map<String, String> violations;

  PaymentException(Reason reason, String message, Map<String, String> violations) {
    super(message);
    this.reason = reason;
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  static PaymentException invalid(Map<String, String> violations) {
    return new PaymentException(Reason.INVALID, "The request has invalid fields.", violations);
  }

  static PaymentException notFound() {
    return new PaymentException(Reason.NOT_FOUND, "No such payment request.", Map.of());
  }

  static PaymentException notAwaitingPayment(PaymentRequest.State state, PaymentProvider provider) {
    return new PaymentException(Reason.NOT_AWAITING_PAYMENT, state != PaymentRequest.State.REQUESTED
        ? "The payment request is not awaiting payment (it is " + state + ")."
        : "The payment is taken by " + provider + " and cannot be recorded by hand.", Map.of());
  }

  /** Public so that the provider adapters can reject an event whose signature does not verify. */
  public static PaymentException webhookRejected(String why) {
    return new PaymentException(Reason.WEBHOOK_REJECTED, why, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> violations() {
    return violations;
  }
}
