package io.flowpod.domain.identity;

import java.time.Instant;
import java.util.UUID;

/** An invitation to join the current workspace with a role; accepted once, before it expires. */
public record Invitation(UUID id, String email, Role role, String displayName, UUID invitedBy,
    Instant createdAt, Instant expiresAt, Instant acceptedAt) {}
