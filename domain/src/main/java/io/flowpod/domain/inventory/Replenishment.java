package io.flowpod.domain.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * Restocking of one product, requested when its available stock crossed the reorder threshold:
 * REQUESTED, then ORDERED from a supplier (quantity and expected delivery), then RECEIVED.
 * {@code lateSince} is set when the goods had not arrived by {@code expectedAt}.
 */
public record Replenishment(UUID id, UUID productId, String sku, String productName, Status status,
    long reorderQuantity, String supplier, Long quantityOrdered, Instant expectedAt,
    Long quantityReceived, Instant lateSince, Instant requestedAt, Instant orderedAt,
    Instant receivedAt) {

  /** REQUESTED and ORDERED are open: no second replenishment starts for the product meanwhile. */
  public enum Status {
    REQUESTED, ORDERED, RECEIVED
  }

  /** Whether the delivery was flagged late. */
  public boolean late() {
    return lateSince != null;
  }
}
