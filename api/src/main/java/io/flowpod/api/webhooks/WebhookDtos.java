package io.flowpod.api.webhooks;

import io.flowpod.domain.webhooks.EndpointWithSecret;
import io.flowpod.domain.webhooks.WebhookAttempt;
import io.flowpod.domain.webhooks.WebhookDelivery;
import io.flowpod.domain.webhooks.WebhookEndpoint;
import io.flowpod.domain.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the webhook endpoints API. */
final class WebhookDtos {

  private WebhookDtos() {}

  /** Create or replace; enabled null means true. */
  record EndpointRequest(String url, String description, List<String> eventTypes, Boolean enabled) {}

  /** An endpoint; the secret only as a hint such as "whsec_…a1b2". */
  record EndpointBody(UUID id, String url, String description, List<String> eventTypes,
      String secretHint, boolean enabled, Instant createdAt, Instant updatedAt,
      Instant secretRotatedAt) {
    static EndpointBody of(WebhookEndpoint e) {
      return new EndpointBody(e.id(), e.url(), e.description(), e.eventTypes(), e.secretHint(),
          e.enabled(), e.createdAt(), e.updatedAt(), e.secretRotatedAt());
    }
  }

  /** Creation and rotation only: the one time the signing secret is shown. */
  record EndpointWithSecretBody(UUID id, String url, String description, List<String> eventTypes,
      String secretHint, boolean enabled, Instant createdAt, Instant updatedAt,
      Instant secretRotatedAt, String secret) {
    static EndpointWithSecretBody of(EndpointWithSecret created) {
      WebhookEndpoint e = created.endpoint();
      return new EndpointWithSecretBody(e.id(), e.url(), e.description(), e.eventTypes(),
          e.secretHint(), e.enabled(), e.createdAt(), e.updatedAt(), e.secretRotatedAt(),
          created.secret());
    }
  }

  record EventTypeBody(String type, String description) {
    static EventTypeBody of(WebhookEventType t) {
      return new EventTypeBody(t.code(), t.description());
    }
  }

  record AttemptBody(int attempt, Instant startedAt, long durationMillis, Integer statusCode,
      String error) {
    static AttemptBody of(WebhookAttempt a) {
      return new AttemptBody(a.attempt(), a.startedAt(), a.durationMillis(), a.statusCode(),
          a.error());
    }
  }

  record DeliveryBody(UUID id, UUID endpointId, UUID eventId, String eventType, String status,
      int attempts, Instant nextAttemptAt, Instant giveUpAt, Instant occurredAt, Instant createdAt,
      Integer lastStatusCode, String lastError, Instant completedAt, String payload,
      List<AttemptBody> attemptLog) {
    static DeliveryBody of(WebhookDelivery d) {
      return new DeliveryBody(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.status().name(),
          d.attempts(), d.nextAttemptAt(), d.giveUpAt(), d.occurredAt(), d.createdAt(),
          d.lastStatusCode(), d.lastError(), d.completedAt(), d.payload(),
          d.attemptLog().stream().map(AttemptBody::of).toList());
    }
  }
}
