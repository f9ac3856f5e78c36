package io.flowpod.domain.identity;

import java.time.Instant;
import java.util.UUID;

/** A refresh token's row: its family (one login's chain of rotations) and its lifecycle instants. */
record StoredRefreshToken(UUID id, UUID tenantId, UUID userId, UUID familyId, Instant issuedAt,
    Instant expiresAt, Instant usedAt, Instant revokedAt) {}
