package io.flowpod.domain.consent;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/** A recorded ledger entry. */
public record ConsentRecord(UUID id, UUID customerId, ConsentPurpose purpose, Channel channel,
    ConsentState state, String policyVersion, String textShown, String source, String ipAddress,
    String proof, Instant occurredAt) {}
