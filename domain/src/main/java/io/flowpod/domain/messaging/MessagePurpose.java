package io.flowpod.domain.messaging;

/**
 * Why a message is sent. {@link #SERVICE} messages (order updates, links the customer asked for) need
 * only a reachable channel; {@link #MARKETING} messages need the customer's marketing consent for the
 * channel, carry a withdrawal link, and wait out the workspace's quiet hours.
 */
public enum MessagePurpose {
  SERVICE, MARKETING
}
