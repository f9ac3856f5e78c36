package io.flowpod.domain.inventory;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.catalog.Products;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The low-stock rule of each product of the current workspace. Setting a rule starts nothing by
 * itself: a replenishment is requested when a later stock change crosses the threshold.
 */
@Service
public class ReorderRules {

  static final String AUDIT_ACTION = "stock.reorder-rule-set";
  static final long MAX_QUANTITY = 1_000_000_000L;
  static final int MAX_LEAD_TIME_DAYS = 365;

  private final ReplenishmentStore store;
  private final Products products;
  private final AuditLog audit;
  private final Clock clock;

  ReorderRules(ReplenishmentStore store, Products products, AuditLog audit, Clock clock) {
    this.store = store;
    this.products = products;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The product's rule, empty when it has none.
   *
   * @throws StockException NOT_FOUND for an unknown (or another workspace's) product
   */
  @Transactional(readOnly = true)
  public Optional<ReorderRule> find(UUID productId) {
    requireProduct(productId);
    return store.rule(productId);
  }

  /**
   * Creates or replaces the product's rule.
   *
   * @throws StockException NOT_FOUND for an unknown product, INVALID with every field problem
   */
  @Transactional
  public ReorderRule put(UUID productId, ReorderRuleDraft draft, UUID actorUserId) {
    requireProduct(productId);
    check(draft);
    ReorderRule rule = new ReorderRule(productId, draft.threshold(), draft.reorderQuantity(),
        draft.leadTimeDays(), Instant.now(clock));
    store.saveRule(rule);
    audit.record(AUDIT_ACTION, actorUserId, "product", productId);
    return rule;
  }

  private void requireProduct(UUID productId) {
    products.find(productId).orElseThrow(() -> StockException.notFound("product"));
  }

  static void check(ReorderRuleDraft draft) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (draft.threshold() == null || draft.threshold() < 0 || draft.threshold() > MAX_QUANTITY) {
      violations.put("threshold", "must be a whole number from 0 to " + MAX_QUANTITY);
    }
    if (draft.reorderQuantity() == null || draft.reorderQuantity() < 1
        || draft.reorderQuantity() > MAX_QUANTITY) {
      violations.put("reorderQuantity", "must be a whole number from 1 to " + MAX_QUANTITY);
    }
    if (draft.leadTimeDays() == null || draft.leadTimeDays() < 0
        || draft.leadTimeDays() > MAX_LEAD_TIME_DAYS) {
      violations.put("leadTimeDays", "must be a whole number of days from 0 to "
          + MAX_LEAD_TIME_DAYS);
    }
    if (!violations.isEmpty()) {
      throw StockException.invalid(violations);
    }
  }
}
