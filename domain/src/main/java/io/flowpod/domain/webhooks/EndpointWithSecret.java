package io.flowpod.domain.webhooks;

/** The answer to creating an endpoint or rotating its secret: the only time the secret is shown. */
public record EndpointWithSecret(WebhookEndpoint endpoint, String secret) {}
