package io.flowpod.domain.identity;

import java.util.UUID;

/** A new account (from signup or an accepted invitation), already signed in. */
public record AccountCreated(UUID tenantId, UUID userId, Session session) {}
