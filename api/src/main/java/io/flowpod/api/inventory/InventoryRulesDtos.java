package io.flowpod.api.inventory;

import io.flowpod.domain.inventory.ReorderRule;
import io.flowpod.domain.inventory.ReorderRuleDraft;
import io.flowpod.domain.inventory.Replenishment;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of reorder rules and replenishments. */
final class InventoryRulesDtos {

  private InventoryRulesDtos() {}

  /** A product's low-stock rule; every field is required. */
  record ReorderRuleRequest(Long threshold, Long reorderQuantity, Integer leadTimeDays) {

    ReorderRuleDraft draft() {
      return new ReorderRuleDraft(threshold, reorderQuantity, leadTimeDays);
    }
  }

  record ReorderRuleResponse(UUID productId, long threshold, long reorderQuantity,
      int leadTimeDays, Instant updatedAt) {

    static ReorderRuleResponse of(ReorderRule rule) {
      return new ReorderRuleResponse(rule.productId(), rule.threshold(), rule.reorderQuantity(),
          rule.leadTimeDays(), rule.updatedAt());
    }
  }

  record ReplenishmentResponse(UUID id, UUID productId, String sku, String productName,
      String status, long reorderQuantity, String supplier, Long quantityOrdered,
      Instant expectedAt, Long quantityReceived, boolean late, Instant lateSince,
      Instant requestedAt, Instant orderedAt, Instant receivedAt) {

    static ReplenishmentResponse of(Replenishment r) {
      return new ReplenishmentResponse(r.id(), r.productId(), r.sku(), r.productName(),
          r.status().name(), r.reorderQuantity(), r.supplier(), r.quantityOrdered(),
          r.expectedAt(), r.quantityReceived(), r.late(), r.lateSince(), r.requestedAt(),
          r.orderedAt(), r.receivedAt());
    }
  }
}
