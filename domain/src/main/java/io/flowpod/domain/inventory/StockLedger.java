package io.flowpod.domain.inventory;

import org.springframework.stereotype.Component;

/**
 * The one way stock changes: applies a movement to its (already locked) level and then lets the
 * low-stock watch look at the result, so every kind of change (sale, hold, adjustment, expiry)
 * is checked against the product's reorder rule in the same transaction.
 */
@Component
class StockLedger {

  private final StockStore store;
  private final LowStockWatch lowStock;

  StockLedger(StockStore store, LowStockWatch lowStock) {
    this.store = store;
    this.lowStock = lowStock;
  }

  void record(StockMovement movement) {
    store.apply(movement);
    lowStock.afterChange(movement.productId(),
        movement.onHandDelta() - movement.reservedDelta(), movement.occurredAt());
  }
}
