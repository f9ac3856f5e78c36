package io.flowpod.domain.policies;

import java.time.Instant;
import java.util.UUID;

/** One saved version of a workspace's policy; {@code decisionKey} is the engine's, once deployed. */
public record PolicyVersion(UUID id, String kind, int version, DecisionTable table, String dmnXml,
    PolicyState state, String note, UUID authorUserId, Instant createdAt, Instant activatedAt,
    UUID activatedBy, Long decisionKey) {}
