package io.flowpod.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a tenant's audit log: who ({@code actorUserId}, null for anonymous callers) did what
 * ({@code action}, e.g. {@code user.invited}) to which target, when and from which address. Never holds
 * secrets, and names targets by id, not by personal data. {@code detail} (null for most actions) says
 * what changed by name, e.g. "variables: orderId".
 */
public record AuditEvent(UUID id, UUID tenantId, UUID actorUserId, String action, String targetType,
    String targetId, String ip, Instant occurredAt, String detail) {}
