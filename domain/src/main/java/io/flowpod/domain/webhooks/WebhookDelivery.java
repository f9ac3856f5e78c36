package io.flowpod.domain.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event for one endpoint and its attempts (oldest first). {@code id} is sent as
 * {@code X-FlowPod-Delivery} on every attempt, so receivers can drop duplicates; {@code payload} is
 * the exact body sent.
 */
public record WebhookDelivery(UUID id, UUID endpointId, UUID eventId, String eventType,
    Status status, int attempts, Instant nextAttemptAt, Instant giveUpAt, Instant occurredAt,
    Instant createdAt, Integer lastStatusCode, String lastError, Instant completedAt, String payload,
    List<WebhookAttempt> attemptLog) {

  public enum Status { PENDING, SUCCEEDED, FAILED }

  public WebhookDelivery {
    attemptLog = List.copyOf(attemptLog);
  }
}
