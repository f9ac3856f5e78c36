package io.flowpod.domain.webhooks;

import java.util.List;

/** What an admin sends to create or replace an endpoint; {@code enabled} null means true. */
public record WebhookEndpointDraft(String url, String description, List<String> eventTypes,
    Boolean enabled) {}
