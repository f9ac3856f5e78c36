package io.flowpod.domain.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint as it may be shown: the secret only as a hint (prefix and last four characters). */
public record WebhookEndpoint(UUID id, String url, String description, List<String> eventTypes,
    String secretHint, boolean enabled, Instant createdAt, Instant updatedAt,
    Instant secretRotatedAt) {

  public WebhookEndpoint {
    eventTypes = List.copyOf(eventTypes);
  }
}
