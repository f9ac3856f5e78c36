package io.flowpod.domain.identity;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in to a workspace (or, with role SUPER_ADMIN, to the platform tenant). */
public record User(UUID id, UUID tenantId, String email, String displayName, Role role,
    Instant createdAt) {}
