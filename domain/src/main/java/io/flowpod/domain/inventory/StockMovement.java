package io.flowpod.domain.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry: how much on hand and reserved changed, by whom (null for the order flow), why,
 * for which reservation reference (null for people's adjustments) and when.
 */
public record StockMovement(UUID id, UUID productId, UUID locationId, MovementKind kind,
    long onHandDelta, long reservedDelta, UUID userId, String reason, String reference,
    Instant occurredAt) {
}
