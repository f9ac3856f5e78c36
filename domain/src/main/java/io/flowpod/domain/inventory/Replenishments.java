package io.flowpod.domain.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restocking requests of the current workspace, opened by a low-stock crossing and advanced by
 * inventory-replenishment.bpmn: ordered through the purchase form, received through the receipt
 * form and the record-receipt worker, flagged late by the delivery timer. Every step is idempotent.
 */
@Service
public class Replenishments {

  static final String RECEIPT_REASON = "Replenishment received";

  private final ReplenishmentStore store;
  private final StockStore stock;
  private final StockLedger ledger;
  private final Clock clock;

  Replenishments(ReplenishmentStore store, StockStore stock, StockLedger ledger, Clock clock) {
    this.store = store;
    this.stock = stock;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Newest first; a null {@code status} or {@code productId} matches any. */
  @Transactional(readOnly = true)
  public Page<Replenishment> list(Replenishment.Status status, UUID productId, int page,
      int size) {
    return new PageImpl<>(store.list(status, productId, (long) page * size, size),
        PageRequest.of(page, size), store.count(status, productId));
  }

  @Transactional(readOnly = true)
  public Optional<Replenishment> find(UUID id) {
    return store.find(id);
  }

  /**
   * Records the supplier order; repeating it replaces the order details while not yet received.
   *
   * @return false (and no change) when the replenishment is unknown or already received
   */
  @Transactional
  public boolean markOrdered(UUID id, String supplier, long quantity, Instant expectedAt) {
    Optional<Replenishment> found = store.lock(id);
    if (found.isEmpty() || found.get().status() == Replenishment.Status.RECEIVED) {
      return false;
    }
    store.markOrdered(id, supplier, quantity, expectedAt, Instant.now(clock));
    return true;
  }

  /**
   * Books the received goods as a RECEIPT movement (reference {@code replenishment:<id>}) at the
   * default location and marks the replenishment RECEIVED. Idempotent: a received replenishment
   * changes nothing and answers false.
   *
   * @throws IllegalArgumentException for a negative quantity
   * @throws StockException NOT_FOUND for an unknown replenishment
   */
  @Transactional
  public boolean recordReceipt(UUID id, long quantityReceived) {
    if (quantityReceived < 0) {
      throw new IllegalArgumentException("A received quantity cannot be negative");
    }
    Replenishment seen = store.find(id).orElseThrow(() -> StockException.notFound("replenishment"));
    Instant now = Instant.now(clock);
    UUID locationId = stock.defaultLocation(now);
    // Level before replenishment, like every stock change, so this cannot deadlock with a hold.
    stock.lock(seen.productId(), locationId, now);
    Replenishment current = store.lock(id).orElseThrow();
    if (current.status() == Replenishment.Status.RECEIVED) {
      return false;
    }
    if (quantityReceived > 0) {
      ledger.record(new StockMovement(UUID.randomUUID(), current.productId(), locationId,
          MovementKind.RECEIPT, quantityReceived, 0, null, RECEIPT_REASON, reference(id), now));
    }
    store.markReceived(id, quantityReceived, now);
    return true;
  }

  /** Flags the delivery late (shown in the list); false when already flagged or received. */
  @Transactional
  public boolean flagLate(UUID id) {
    return store.flagLate(id, Instant.now(clock));
  }

  /**
   * The status named by a list filter; null for none.
   *
   * @throws StockException INVALID (field {@code status}) for an unknown name
   */
  public static Replenishment.Status status(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (Replenishment.Status status : Replenishment.Status.values()) {
      if (status.name().equals(name)) {
        return status;
      }
    }
    throw StockException.invalid(Map.of("status", "must be REQUESTED, ORDERED or RECEIVED"));
  }

  /** The ledger reference of a replenishment's receipt. */
  public static String reference(UUID replenishmentId) {
    return "replenishment:" + replenishmentId;
  }
}
