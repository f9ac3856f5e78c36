package io.flowpod.domain.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * When a product's available stock (over all locations) falls to {@code threshold} or below, order
 * {@code reorderQuantity} more; the supplier needs {@code leadTimeDays} to deliver.
 */
public record ReorderRule(UUID productId, long threshold, long reorderQuantity, int leadTimeDays,
    Instant updatedAt) {
}
