package io.flowpod.domain.conversations;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/** One message of a thread: IN from the customer, OUT a staff reply (with its outbox id and author). */
public record ThreadMessage(UUID id, String direction, Channel channel, String type, String text,
    UUID outboxMessageId, UUID authorUserId, Instant occurredAt) {}
