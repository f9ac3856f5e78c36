package io.flowpod.domain.inventory;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.Products;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock holds for the order flow at the workspace's default location, each keyed by the caller's
 * reference (an order line), so every call is idempotent: repeating one with the same reference
 * changes nothing. Locks are taken level first, then reservation, in every method; methods that touch
 * several products lock their levels in product id order (Java's {@link UUID} order, the same in
 * every method), so concurrent batches cannot deadlock.
 */
@Service
public class Reservations {

  static final int MAX_REFERENCE = 200;
  static final String EXPIRED_REASON = "Hold expired";
  /** Holds released per tenant and sweep, so one sweep's transaction stays short. */
  static final int SWEEP_BATCH = 500;

  private final StockStore store;
  private final StockLedger ledger;
  private final Products products;
  private final Clock clock;

  Reservations(StockStore store, StockLedger ledger, Products products, Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.products = products;
    this.clock = clock;
  }

  /**
   * Holds {@code quantity} of the product, or answers OUT_OF_STOCK and changes nothing. The hold
   * never expires.
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
    requireActive(productId);
    Instant now = Instant.now(clock);
    UUID locationId = store.defaultLocation(now);
    StockLevel level = store.lock(productId, locationId, now);
    if (store.reservation(reference).isPresent()) {
      return new ReservationResult(ReservationResult.Outcome.RESERVED, level.available());
    }
    if (level.available() < quantity) {
      return new ReservationResult(ReservationResult.Outcome.OUT_OF_STOCK, level.available());
    }
    hold(new ReservationLine(reference, productId, quantity), locationId, now, null);
    return new ReservationResult(ReservationResult.Outcome.RESERVED,
        level.available() - quantity);
  }

  /**
   * Holds every line until {@code expiresAt}, or none of them (all-or-nothing). Idempotent by each
   * line's reference: a line whose reference exists in any status counts as done (a released
   * reference is never held again). Products are locked in id order so concurrent batches cannot
   * deadlock.
   *
   * @throws StockException NOT_FOUND for an unknown product, ARCHIVED for an archived one
   * @throws IllegalArgumentException for no lines, a quantity below 1, a bad or repeated reference,
   *     or no expiry
   */
  @Transactional
  public BatchReservation reserveAll(List<ReservationLine> lines, Instant expiresAt) {
    requireBatch(lines, expiresAt);
    Map<UUID, Long> needed = new TreeMap<>();
    for (ReservationLine line : lines) {
      needed.merge(line.productId(), line.quantity(), Long::sum);
    }
    needed.keySet().forEach(this::requireActive);
    Instant now = Instant.now(clock);
    UUID locationId = store.defaultLocation(now);
    Map<UUID, StockLevel> levels = new LinkedHashMap<>();
    for (UUID productId : needed.keySet()) {
      levels.put(productId, store.lock(productId, locationId, now));
    }
    Set<String> existing = new HashSet<>();
    store.reservations(lines.stream().map(ReservationLine::reference).toList())
        .forEach(r -> existing.add(r.reference()));
    List<ReservationLine> fresh = lines.stream()
        .filter(line -> !existing.contains(line.reference())).toList();
    Map<UUID, Long> freshNeed = new TreeMap<>();
    fresh.forEach(line -> freshNeed.merge(line.productId(), line.quantity(), Long::sum));
    List<UUID> shortIds = freshNeed.entrySet().stream()
        .filter(e -> levels.get(e.getKey()).available() < e.getValue())
        .map(Map.Entry::getKey).toList();
    if (!shortIds.isEmpty()) {
      return new BatchReservation(false, shortIds);
    }
    fresh.stream().sorted(Comparator.comparing(ReservationLine::productId))
        .forEach(line -> hold(line, locationId, now, expiresAt));
    return new BatchReservation(true, List.of());
  }

  /** Releases every held reservation of these references; answers how many were released. */
  @Transactional
  public int releaseAll(List<String> references) {
    return finishAll(references, Reservation.Status.RELEASED, MovementKind.RELEASE, null).size();
  }

  /**
   * Turns every held reservation of these references into a sale. Answers the references that could
   * not be sold because they are unknown or were released (e.g. expired); already sold ones count as
   * done. A hold past its expiry that the sweeper has not released yet is still sold: its stock was
   * never offered to anyone else.
   */
  @Transactional
  public List<String> commitAll(List<String> references) {
    Set<String> done = new HashSet<>(
        finishAll(references, Reservation.Status.SOLD, MovementKind.SALE, null));
    store.reservations(references).stream()
        .filter(r -> r.status() == Reservation.Status.SOLD).forEach(r -> done.add(r.reference()));
    return references.stream().distinct().filter(ref -> !done.contains(ref)).toList();
  }

  /**
   * Releases up to {@value #SWEEP_BATCH} held reservations of the current workspace whose expiry has
   * passed, each with a RELEASE movement "Hold expired"; answers how many.
   */
  @Transactional
  public int releaseExpired() {
    List<String> expired = store.expiredHolds(Instant.now(clock), SWEEP_BATCH).stream()
        .map(Reservation::reference).toList();
    return finishAll(expired, Reservation.Status.RELEASED, MovementKind.RELEASE, EXPIRED_REASON)
        .size();
  }

  /** Gives a held reservation back; false (and no change) when it is unknown, released or sold. */
  @Transactional
  public boolean release(String reference) {
    return !finishAll(List.of(reference), Reservation.Status.RELEASED, MovementKind.RELEASE, null)
        .isEmpty();
  }

  /** Turns a held reservation into a sale; false (and no change) when it is not held. */
  @Transactional
  public boolean commitSale(String reference) {
    return !finishAll(List.of(reference), Reservation.Status.SOLD, MovementKind.SALE, null)
        .isEmpty();
  }

  /** The reservation with this reference, in any status. */
  @Transactional(readOnly = true)
  public Optional<Reservation> find(String reference) {
    return store.reservation(reference);
  }

  /** Ends the held ones among these references, levels locked in product order; the ended ones. */
  private List<String> finishAll(List<String> references, Reservation.Status status,
      MovementKind kind, String reason) {
    List<Reservation> held = store.reservations(references.stream().distinct().toList()).stream()
        .filter(r -> r.status() == Reservation.Status.HELD)
        .sorted(Comparator.comparing(Reservation::productId)).toList();
    Instant now = Instant.now(clock);
    List<String> ended = new ArrayList<>();
    for (Reservation hold : held) {
      store.lock(hold.productId(), hold.locationId(), now);
      if (store.finish(hold.reference(), status, now)) {
        long onHandDelta = kind == MovementKind.SALE ? -hold.quantity() : 0;
        ledger.record(movement(hold, kind, onHandDelta, -hold.quantity(), reason, now));
        ended.add(hold.reference());
      }
    }
    return ended;
  }

  private void hold(ReservationLine line, UUID locationId, Instant now, Instant expiresAt) {
    Reservation hold = new Reservation(line.reference(), line.productId(), locationId,
        line.quantity(), Reservation.Status.HELD);
    if (store.insertReservation(hold, now, expiresAt)) {
      ledger.record(movement(hold, MovementKind.RESERVATION, 0, line.quantity(), null, now));
    }
  }

  private void requireActive(UUID productId) {
    Product product = products.find(productId)
        .orElseThrow(() -> StockException.notFound("product"));
    if (!product.active()) {
      throw StockException.archived(productId);
    }
  }

  private static StockMovement movement(Reservation hold, MovementKind kind, long onHandDelta,
      long reservedDelta, String reason, Instant now) {
    String why = reason != null ? reason : "Order " + kind.name().toLowerCase();
    return new StockMovement(UUID.randomUUID(), hold.productId(), hold.locationId(), kind,
        onHandDelta, reservedDelta, null, why, hold.reference(), now);
  }

  private static void requireBatch(List<ReservationLine> lines, Instant expiresAt) {
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("A batch holds at least one line");
    }
    if (expiresAt == null) {
      throw new IllegalArgumentException("A batch of holds needs an expiry");
    }
    Set<String> seen = new HashSet<>();
    for (ReservationLine line : lines) {
      requireReference(line.reference());
      if (line.productId() == null || line.quantity() < 1) {
        throw new IllegalArgumentException("Line " + line.reference() + " needs a product and "
            + "a quantity of at least 1");
      }
      if (!seen.add(line.reference())) {
        throw new IllegalArgumentException("Reference " + line.reference() + " is repeated");
      }
    }
  }

  private static void requireReference(String reference) {
    if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
      throw new IllegalArgumentException("A reference is 1 to " + MAX_REFERENCE + " characters");
    }
  }
}
