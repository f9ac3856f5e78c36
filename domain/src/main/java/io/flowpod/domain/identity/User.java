package io.flowpod.domain.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who signs in to a workspace (or, with role SUPER_ADMIN, to the platform tenant).
 *
 * @param version counts the changes to the user's role; a change names the version it was based on
 */
public record User(UUID id, UUID tenantId, String email, String displayName, Role role,
    Instant createdAt, long version) {}
