/**
 * Webhooks: a workspace's own systems subscribe endpoints to FlowPod's events (order.created,
 * order.updated, payment.received, ...). Each endpoint has a FlowPod-generated signing secret (sealed,
 * shown once); each event becomes one delivery per subscribed endpoint, sent by a per-workspace
 * scheduler through the {@link io.flowpod.domain.webhooks.WebhookSender} port and retried with
 * backoff for up to a day, every attempt logged. Endpoints on private or loopback addresses are
 * refused at registration and at every delivery ({@link io.flowpod.domain.webhooks.WebhookAddressPolicy}).
 * {@link io.flowpod.domain.webhooks.WebhookEndpoints} and
 * {@link io.flowpod.domain.webhooks.WebhookDeliveries} are the entry points.
 */
package io.flowpod.domain.webhooks;
