package io.flowpod.domain.payments;

import java.time.Instant;
import java.util.Map;

/**
 * The payment provider's hosted checkout (Stripe Checkout), called with the workspace's own secret key.
 * Every creating call carries an idempotency key, so a retry returns the object the first call made.
 * Implemented in the connectors module; failures are thrown as {@link CheckoutGatewayException}.
 */
public interface CheckoutGateway {

  /** Creates (or, for a repeated idempotency key, finds) a hosted checkout session. */
  CheckoutSession createCheckoutSession(String secretKey, CheckoutOrder order, String idempotencyKey);

  /** The session's payment intent id; null while the customer has not paid. */
  String paymentIntentOf(String secretKey, String checkoutSessionId);

  /**
   * Expires an open Checkout session so it can no longer be paid.
   *
   * @throws CheckoutGatewayException also when the session is no longer open (paid or expired)
   */
  void expireCheckoutSession(String secretKey, String checkoutSessionId);

  /** Refunds a payment intent in full; answers the refund id. */
  String refund(String secretKey, String paymentIntentId, String idempotencyKey);

  /** What the customer is asked to pay; {@code metadata} is copied to the session and its payment. */
  record CheckoutOrder(String description, long amountMinor, String currency, Instant expiresAt,
      String successUrl, String cancelUrl, Map<String, String> metadata) {}

  /** A created session: its id and the hosted page the customer is sent to. */
  record CheckoutSession(String id, String url) {}

  /** The provider refused or could not be reached; the message says which and never holds a secret. */
  class CheckoutGatewayException extends RuntimeException {
    public CheckoutGatewayException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
