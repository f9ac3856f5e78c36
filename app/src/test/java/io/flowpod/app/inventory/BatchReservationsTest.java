package io.flowpod.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.catalog.ProductDraft;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.inventory.BatchReservation;
import io.flowpod.domain.inventory.HoldExpirySweeper;
import io.flowpod.domain.inventory.MovementKind;
import io.flowpod.domain.inventory.Reservation;
import io.flowpod.domain.inventory.ReservationLine;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.inventory.Stock;
import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.inventory.StockLevel;
import io.flowpod.domain.inventory.StockMovement;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Batch holds for orders: all or nothing, idempotent by reference, expiring, deadlock-free. */
@FlowPodIntegrationTest
class BatchReservationsTest {

  @Autowired
  Reservations reservations;
  @Autowired
  HoldExpirySweeper sweeper;
  @Autowired
  Stock stock;
  @Autowired
  Products products;
  @Autowired
  Tenants tenants;

  UUID mug;
  UUID cup;

  @BeforeEach
  void setUp() {
    TenantContext.set(TestTenants.create(tenants, "Batch").id());
    mug = stocked("MUG-1", "Mug", 5);
    cup = stocked("CUP-1", "Cup", 3);
  }

  @AfterEach
  void tearDown() {
    TenantContext.clear();
  }

  @Test
  void aBatchHoldsEveryLineOrNone() {
    Instant expiry = Instant.now().plus(Duration.ofHours(1));
    BatchReservation shortOfCups = reservations.reserveAll(List.of(
        new ReservationLine("o1/1", mug, 2), new ReservationLine("o1/2", cup, 2),
        new ReservationLine("o1/3", cup, 2)), expiry);
    assertThat(shortOfCups).isEqualTo(new BatchReservation(false, List.of(cup)));
    assertThat(reservations.find("o1/1")).isEmpty();
    assertLevel(mug, 5, 0);

    List<ReservationLine> lines = List.of(new ReservationLine("o2/1", mug, 2),
        new ReservationLine("o2/2", cup, 3));
    assertThat(reservations.reserveAll(lines, expiry).reserved()).isTrue();
    assertThat(reservations.reserveAll(lines, expiry).reserved()).as("replayed").isTrue();
    assertLevel(mug, 5, 2);
    assertLevel(cup, 3, 3);

    assertThat(reservations.commitAll(List.of("o2/1", "o2/2"))).isEmpty();
    assertThat(reservations.commitAll(List.of("o2/1", "o2/2"))).as("replayed").isEmpty();
    assertLevel(mug, 3, 0);
    assertLevel(cup, 0, 0);
    assertReconciles(mug);
    assertReconciles(cup);
  }

  @Test
  void releasingABatchGivesEachHoldBackOnce() {
    reservations.reserveAll(List.of(new ReservationLine("o3/1", mug, 1),
        new ReservationLine("o3/2", cup, 1)), Instant.now().plus(Duration.ofHours(1)));
    assertThat(reservations.releaseAll(List.of("o3/1", "o3/2", "unknown"))).isEqualTo(2);
    assertThat(reservations.releaseAll(List.of("o3/1", "o3/2"))).isZero();
    assertThat(reservations.commitAll(List.of("o3/1", "o3/2", "unknown")))
        .containsExactly("o3/1", "o3/2", "unknown");
    assertLevel(mug, 5, 0);
    assertReconciles(mug);
  }

  @Test
  void expiredHoldsAreReleasedByTheSweeperAndCannotBeSoldAfterwards() {
    reservations.reserveAll(List.of(new ReservationLine("o4/1", mug, 2)),
        Instant.now().minusSeconds(1));
    reservations.reserveAll(List.of(new ReservationLine("o5/1", mug, 1)),
        Instant.now().plus(Duration.ofHours(1)));

    sweeper.sweep();

    assertThat(reservations.find("o4/1").orElseThrow().status())
        .isEqualTo(Reservation.Status.RELEASED);
    assertThat(reservations.find("o5/1").orElseThrow().status())
        .as("not yet due").isEqualTo(Reservation.Status.HELD);
    StockMovement release = stock.movements(mug, 0, 10).getContent().stream()
        .filter(m -> m.kind() == MovementKind.RELEASE).findFirst().orElseThrow();
    assertThat(release.reason()).isEqualTo("Hold expired");
    assertThat(release.reference()).isEqualTo("o4/1");
    assertLevel(mug, 5, 1);

    assertThat(reservations.commitAll(List.of("o4/1", "o5/1"))).containsExactly("o4/1");
    assertLevel(mug, 4, 0);
    assertReconciles(mug);
  }

  @Test
  void concurrentBatchesOnOverlappingProductsDoNotDeadlock() throws Exception {
    stock.adjust(new StockAdjustment(mug, null, 200, "RECEIPT", "Big delivery"), null);
    stock.adjust(new StockAdjustment(cup, null, 200, "RECEIPT", "Big delivery"), null);
    UUID tenant = TenantContext.require();
    int threads = 8;
    int rounds = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    Instant expiry = Instant.now().plus(Duration.ofHours(1));
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          return TenantContext.callAs(tenant, () -> {
            int held = 0;
            for (int r = 0; r < rounds; r++) {
              // half the threads name the products in the opposite order
              UUID first = thread % 2 == 0 ? mug : cup;
              UUID second = thread % 2 == 0 ? cup : mug;
              String ref = "t" + thread + "/r" + r;
              if (reservations.reserveAll(List.of(new ReservationLine(ref + "/a", first, 1),
                  new ReservationLine(ref + "/b", second, 1)), expiry).reserved()) {
                held++;
              }
              if (r % 2 == 1) {
                reservations.releaseAll(List.of(ref + "/b", ref + "/a"));
              }
            }
            return held;
          });
        }));
      }
      start.countDown();
      int held = 0;
      for (Future<Integer> result : results) {
        held += result.get(60, TimeUnit.SECONDS);
      }
      assertThat(held).isEqualTo(threads * rounds);
    } finally {
      pool.shutdownNow();
    }
    long stillHeld = threads * rounds / 2;
    assertLevel(mug, 205, stillHeld);
    assertLevel(cup, 203, stillHeld);
    assertReconciles(mug);
    assertReconciles(cup);
  }

  private UUID stocked(String sku, String name, int quantity) {
    UUID id = products.create(new ProductDraft(sku, name, null, null, null, 100L, null, null,
        null, null, null, null), null).id();
    stock.adjust(new StockAdjustment(id, null, quantity, "RECEIPT", "Delivery"), null);
    return id;
  }

  private void assertLevel(UUID productId, long onHand, long reserved) {
    StockLevel level = stock.levels(productId).getFirst();
    assertThat(level.onHand()).as("on hand").isEqualTo(onHand);
    assertThat(level.reserved()).as("reserved").isEqualTo(reserved);
  }

  private void assertReconciles(UUID productId) {
    List<StockMovement> ledger = stock.movements(productId, 0, 1000).getContent();
    StockLevel level = stock.levels(productId).getFirst();
    assertThat(ledger.stream().mapToLong(StockMovement::onHandDelta).sum()).isEqualTo(level.onHand());
    assertThat(ledger.stream().mapToLong(StockMovement::reservedDelta).sum())
        .isEqualTo(level.reserved());
  }
}
