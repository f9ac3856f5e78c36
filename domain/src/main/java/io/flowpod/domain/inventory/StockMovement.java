package io.flowpod.domain.inventory;

import java.time.Instant;
import java.util.UUID;

/** One ledger entry: how much on hand and reserved changed, by whom, why and when. */
public record StockMovement(UUID id, UUID productId, UUID locationId, MovementKind kind,
    long onHandDelta, long reservedDelta, UUID userId, String reason, Instant occurredAt) {
}
