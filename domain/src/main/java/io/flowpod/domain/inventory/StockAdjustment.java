package io.flowpod.domain.inventory;

import java.util.UUID;

/**
 * A person's change to on-hand stock as requested (unvalidated). {@code locationId} null means the
 * workspace's default location; {@code kind} null means ADJUSTMENT.
 */
public record StockAdjustment(UUID productId, UUID locationId, Integer quantityDelta, String kind,
    String reason) {
}
