package io.flowpod.domain.webhooks;

import java.util.UUID;

/**
 * The port to the HTTP client (connectors): signs and POSTs one body, follows no redirect, and checks
 * the endpoint's address against {@link WebhookAddressPolicy} again when it connects. Never throws
 * for a failed delivery: the outcome says what happened.
 */
public interface WebhookSender {

  Outcome send(Request request);

  /** {@code secret} signs the body; {@code deliveryId} is stable across retries. */
  record Request(String url, String eventType, UUID deliveryId, String body, String secret) {
    @Override
    public String toString() {
      return "Request[url=" + url + ", eventType=" + eventType + ", deliveryId=" + deliveryId + "]";
    }
  }

  /** {@code statusCode} null when no response arrived; {@code error} then says why. */
  record Outcome(Integer statusCode, String error, long durationMillis) {
    public boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }
}
