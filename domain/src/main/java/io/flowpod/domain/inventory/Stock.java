package io.flowpod.domain.inventory;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.Products;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's stock. Every change locks the product's level row at the location, checks
 * it, and writes the new level and its ledger movement in one transaction: concurrent changes queue
 * instead of losing updates, and the movements always sum to on hand and reserved.
 */
@Service
public class Stock {

  private final StockStore store;
  private final StockLedger ledger;
  private final Products products;
  private final AuditLog audit;
  private final Clock clock;

  Stock(StockStore store, StockLedger ledger, Products products, AuditLog audit, Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.products = products;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The product's level at each location of the workspace.
   *
   * @throws StockException NOT_FOUND for an unknown product
   */
  @Transactional(readOnly = true)
  public List<StockLevel> levels(UUID productId) {
    requireProduct(productId);
    return store.levels(productId);
  }

  /**
   * Changes on-hand stock by a person's adjustment, receipt or return and records the movement.
   *
   * @return the new level at the location
   * @throws StockException INVALID, NOT_FOUND (product or location), ARCHIVED, or INSUFFICIENT when
   *     on hand would drop below what is reserved (zero when nothing is)
   */
  @Transactional
  public StockLevel adjust(StockAdjustment adjustment, UUID actorUserId) {
    MovementKind kind = AdjustmentRules.check(adjustment);
    Product product = requireProduct(adjustment.productId());
    if (!product.active()) {
      throw StockException.archived(product.id());
    }
    Instant now = Instant.now(clock);
    UUID locationId = adjustment.locationId();
    if (locationId == null) {
      locationId = store.defaultLocation(now);
    } else if (!store.locationExists(locationId)) {
      throw StockException.notFound("location");
    }
    StockLevel level = store.lock(product.id(), locationId, now);
    long delta = adjustment.quantityDelta();
    if (level.available() + delta < 0) {
      throw StockException.insufficient(product.id(), level.available());
    }
    ledger.record(new StockMovement(UUID.randomUUID(), product.id(), locationId, kind, delta, 0,
        actorUserId, adjustment.reason().strip(), null, now));
    audit.record(AuditActions.STOCK_ADJUSTED, actorUserId, "product", product.id());
    return new StockLevel(product.id(), locationId, level.locationName(), level.onHand() + delta,
        level.reserved());
  }

  /**
   * The product's ledger, newest first.
   *
   * @throws StockException NOT_FOUND for an unknown product
   */
  @Transactional(readOnly = true)
  public Page<StockMovement> movements(UUID productId, int page, int size) {
    requireProduct(productId);
    return new PageImpl<>(store.movements(productId, (long) page * size, size),
        PageRequest.of(page, size), store.countMovements(productId));
  }

  private Product requireProduct(UUID productId) {
    return products.find(productId).orElseThrow(() -> StockException.notFound("product"));
  }
}
