package io.flowpod.domain.privacy;

import java.time.Instant;
import java.util.UUID;

/** One entry of a request's log: what was done, when, by whom (null: the flow or the customer). */
public record DataRequestEvent(String kind, String detail, UUID actorUserId, Instant occurredAt) {}
