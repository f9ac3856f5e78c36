/**
 * Outbound messages to customers on every channel: the notify step of every flow ({@link
 * io.flowpod.domain.notifications.Notifications}: prepare once per template and business object,
 * then deliver on the allowed channels in turn), staff's direct messages, the outbox view, quiet
 * hours and the personal data this holds. Providers are reached through {@link
 * io.flowpod.domain.notifications.ChannelGateway}s implemented by the connectors module.
 */
package io.flowpod.domain.notifications;
