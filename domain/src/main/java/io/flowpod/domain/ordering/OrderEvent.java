package io.flowpod.domain.ordering;

import java.time.Instant;
import java.util.UUID;

/** One step of an order's timeline: what happened, the status after it, why, and who did it. */
public record OrderEvent(Instant occurredAt, String kind, OrderStatus status, String cause,
    UUID actorUserId) {}
