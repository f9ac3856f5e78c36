package io.flowpod.domain.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One event as receivers see it. {@code id} is derived from the workspace and a natural key of what
 * happened (e.g. "order.created:<orderId>"), so the same domain event delivered twice has the same id
 * and makes one delivery per endpoint.
 */
record WebhookEvent(UUID id, WebhookEventType type, Instant occurredAt, Map<String, Object> data) {

  WebhookEvent {
    data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  static WebhookEvent of(UUID tenantId, WebhookEventType type, String naturalKey,
      Instant occurredAt, Map<String, Object> data) {
    UUID id = UUID.nameUUIDFromBytes((tenantId + "|" + type.code() + "|" + naturalKey)
        .getBytes(StandardCharsets.UTF_8));
    return new WebhookEvent(id, type, occurredAt, data);
  }

  /** The body: {"id", "type", "occurredAt", "workspaceId", "data"} in that order. */
  Map<String, Object> body(UUID tenantId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id.toString());
    body.put("type", type.code());
    body.put("occurredAt", occurredAt.toString());
    body.put("workspaceId", tenantId.toString());
    body.put("data", data);
    return body;
  }
}
