package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * One try on one channel: SENT with the provider's id, or FAILED with the provider's reason; {@code
 * providerStatus} is the furthest status the provider reported back for it since (WhatsApp's SENT,
 * DELIVERED, READ or FAILED), null when none arrived.
 */
public record OutboundAttempt(UUID id, Channel channel, String outcome, String detail,
    String providerMessageId, String providerStatus, Instant attemptedAt) {}
