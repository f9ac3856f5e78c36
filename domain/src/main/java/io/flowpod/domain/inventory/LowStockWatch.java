package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checks a product's reorder rule after a stock change, in the change's transaction: when available
 * stock crosses from above the threshold to at or below it and no replenishment is open, one is
 * requested and its flow started through the outbox.
 */
@Component
class LowStockWatch {

  private final StockStore stock;
  private final ReplenishmentStore replenishments;
  private final ApplicationEventPublisher events;

  LowStockWatch(StockStore stock, ReplenishmentStore replenishments,
      ApplicationEventPublisher events) {
    this.stock = stock;
    this.replenishments = replenishments;
    this.events = events;
  }

  void afterChange(UUID productId, long availableDelta, Instant now) {
    if (availableDelta >= 0) {
      return;
    }
    replenishments.rule(productId).ifPresent(rule -> {
      long after = stock.totalAvailable(productId);
      long before = after - availableDelta;
      if (before > rule.threshold() && after <= rule.threshold()) {
        UUID id = UUID.randomUUID();
        if (replenishments.insertRequested(id, productId, rule.reorderQuantity(), now)) {
          events.publishEvent(new LowStockReached(TenantContext.require(), id, productId,
              rule.reorderQuantity()));
        }
      }
    });
  }
}
