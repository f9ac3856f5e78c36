package io.flowpod.domain.conversations;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;

/** A provider's delivery status for one of our outbound messages (SENT, DELIVERED, READ, FAILED). */
public record InboundStatus(Channel channel, String providerMessageId, String status, String errorCode,
    Instant occurredAt) {}
