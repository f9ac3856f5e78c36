package io.flowpod.domain.inventory;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.Products;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock holds for the order flow at the workspace's default location, each keyed by the caller's
 * reference (an order line), so every call is idempotent: repeating one with the same reference
 * changes nothing. Locks are taken level first, then reservation, in every method.
 */
@Service
public class Reservations {

  static final int MAX_REFERENCE = 200;

  private final StockStore store;
  private final Products products;
  private final Clock clock;

  Reservations(StockStore store, Products products, Clock clock) {
    this.store = store;
    this.products = products;
    this.clock = clock;
  }

  /**
   * Holds {@code quantity} of the product, or answers OUT_OF_STOCK and changes nothing.
   *
   * @throws StockException NOT_FOUND for an unknown product, ARCHIVED for an archived one
   * @throws IllegalArgumentException for a quantity below 1 or a blank or over-long reference
   */
  @Transactional
  public ReservationResult reserve(UUID productId, long quantity, String reference) {
    if (quantity < 1) {
      throw new IllegalArgumentException("A reservation holds at least 1");
    }
    requireReference(reference);
    Product product = products.find(productId)
        .orElseThrow(() -> StockException.notFound("product"));
    if (!product.active()) {
      throw StockException.archived(productId);
    }
    Instant now = Instant.now(clock);
    UUID locationId = store.defaultLocation(now);
    StockLevel level = store.lock(productId, locationId, now);
    if (store.reservation(reference).isPresent()) {
      return new ReservationResult(ReservationResult.Outcome.RESERVED, level.available());
    }
    if (level.available() < quantity) {
      return new ReservationResult(ReservationResult.Outcome.OUT_OF_STOCK, level.available());
    }
    Reservation hold = new Reservation(reference, productId, locationId, quantity,
        Reservation.Status.HELD);
    if (store.insertReservation(hold, now)) {
      store.apply(movement(hold, MovementKind.RESERVATION, 0, quantity, now));
    }
    return new ReservationResult(ReservationResult.Outcome.RESERVED,
        level.available() - quantity);
  }

  /**
   * Holds every line until {@code expiresAt}, or none of them (all-or-nothing). Idempotent by each
   * line's reference. Products are locked in id order so concurrent batches cannot deadlock.
   */
  @Transactional
  public BatchReservation reserveAll(java.util.List<ReservationLine> lines, Instant expiresAt) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Releases every held reservation of these references; answers how many were released. */
  @Transactional
  public int releaseAll(java.util.List<String> references) {
    throw new UnsupportedOperationException("skeleton");
  }

  /**
   * Turns every held reservation of these references into a sale. Answers the references that could
   * not be sold because they are unknown or were released (e.g. expired); already sold ones count as
   * done.
   */
  @Transactional
  public java.util.List<String> commitAll(java.util.List<String> references) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Gives a held reservation back; false (and no change) when it is unknown, released or sold. */
  @Transactional
  public boolean release(String reference) {
    return finish(reference, Reservation.Status.RELEASED, MovementKind.RELEASE);
  }

  /** Turns a held reservation into a sale; false (and no change) when it is not held. */
  @Transactional
  public boolean commitSale(String reference) {
    return finish(reference, Reservation.Status.SOLD, MovementKind.SALE);
  }

  /** The reservation with this reference, in any status. */
  @Transactional(readOnly = true)
  public Optional<Reservation> find(String reference) {
    return store.reservation(reference);
  }

  private boolean finish(String reference, Reservation.Status status, MovementKind kind) {
    Optional<Reservation> found = store.reservation(reference);
    if (found.isEmpty() || found.get().status() != Reservation.Status.HELD) {
      return false;
    }
    Reservation hold = found.get();
    Instant now = Instant.now(clock);
    store.lock(hold.productId(), hold.locationId(), now);
    if (!store.finish(reference, status, now)) {
      return false;
    }
    long onHandDelta = kind == MovementKind.SALE ? -hold.quantity() : 0;
    store.apply(movement(hold, kind, onHandDelta, -hold.quantity(), now));
    return true;
  }

  private static StockMovement movement(Reservation hold, MovementKind kind, long onHandDelta,
      long reservedDelta, Instant now) {
    return new StockMovement(UUID.randomUUID(), hold.productId(), hold.locationId(), kind,
        onHandDelta, reservedDelta, null, "Order " + kind.name().toLowerCase(), hold.reference(),
        now);
  }

  private static void requireReference(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
      throw new IllegalArgumentException("A reference is 1 to " + MAX_REFERENCE + " characters");
    }
  }
}
