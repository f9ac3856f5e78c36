package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/** One try on one channel: SENT with the provider's id, or FAILED with the provider's reason. */
public record OutboundAttempt(UUID id, Channel channel, String outcome, String detail,
    String providerMessageId, Instant attemptedAt) {}
