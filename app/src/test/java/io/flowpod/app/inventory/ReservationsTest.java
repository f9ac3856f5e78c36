package io.flowpod.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.catalog.ProductDraft;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.inventory.MovementKind;
import io.flowpod.domain.inventory.Reservation;
import io.flowpod.domain.inventory.ReservationResult;
import io.flowpod.domain.inventory.ReservationResult.Outcome;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.inventory.Stock;
import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.inventory.StockException;
import io.flowpod.domain.inventory.StockLevel;
import io.flowpod.domain.inventory.StockMovement;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order flow's stock holds (reserve, release and sell, each idempotent by reference) and the level
 * lock every stock change takes.
 */
@FlowPodIntegrationTest
class ReservationsTest {

  @Autowired
  Reservations reservations;
  @Autowired
  Stock stock;
  @Autowired
  Products products;
  @Autowired
  Tenants tenants;
  @Autowired
  PlatformTransactionManager transactions;

  UUID productId;

  @BeforeEach
  void setUp() {
    TenantContext.set(TestTenants.create(tenants, "Reserve").id());
    productId = products.create(new ProductDraft("R-1", "Rope", null, null, null, 100L, null, null,
        null, null, null, null), null).id();
    stock.adjust(new StockAdjustment(productId, null, 5, "RECEIPT", "Delivery"), null);
  }

  @AfterEach
  void tearDown() {
    TenantContext.clear();
  }

  @Test
  void aReservationHoldsStockOnceAndASaleTakesItOffOnHand() {
    assertThat(reservations.reserve(productId, 3, "order-1/line-1"))
        .isEqualTo(new ReservationResult(Outcome.RESERVED, 2));
    assertThat(reservations.reserve(productId, 3, "order-1/line-1").outcome())
        .isEqualTo(Outcome.RESERVED);
    assertLevel(5, 3);

    assertThat(reservations.commitSale("order-1/line-1")).isTrue();
    assertThat(reservations.commitSale("order-1/line-1")).isFalse();
    assertThat(reservations.release("order-1/line-1")).isFalse();
    assertLevel(2, 0);
    assertThat(reservations.find("order-1/line-1").orElseThrow().status())
        .isEqualTo(Reservation.Status.SOLD);
    assertThat(kinds()).containsExactly(MovementKind.SALE, MovementKind.RESERVATION,
        MovementKind.RECEIPT);
    assertReconciles();
  }

  @Test
  void releasingGivesTheHoldBackOnce() {
    reservations.reserve(productId, 4, "order-2/line-1");
    assertThat(reservations.release("order-2/line-1")).isTrue();
    assertThat(reservations.release("order-2/line-1")).isFalse();
    assertThat(reservations.commitSale("order-2/line-1")).isFalse();
    assertLevel(5, 0);
    assertThat(reservations.release("never-reserved")).isFalse();
    assertReconciles();
  }

  @Test
  void outOfStockIsAnOutcomeThatChangesNothing() {
    reservations.reserve(productId, 4, "order-3/line-1");
    assertThat(reservations.reserve(productId, 2, "order-4/line-1"))
        .isEqualTo(new ReservationResult(Outcome.OUT_OF_STOCK, 1));
    assertThat(reservations.find("order-4/line-1")).isEmpty();
    assertLevel(5, 4);
    assertReconciles();
  }

  @Test
  void aChangeWaitsForAConcurrentOneAndChecksItsResult() {
    UUID tenant = TenantContext.require();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<StockLevel> late = new TransactionTemplate(transactions).execute(tx -> {
        stock.adjust(new StockAdjustment(productId, null, -1, null, "First"), null);
        Future<StockLevel> pending = other.submit(() -> TenantContext.callAs(tenant,
            () -> stock.adjust(new StockAdjustment(productId, null, -5, null, "Second"), null)));
        assertThatThrownBy(() -> pending.get(500, TimeUnit.MILLISECONDS))
            .as("the second change queues behind the first").isInstanceOf(TimeoutException.class);
        return pending;
      });
      assertThatThrownBy(() -> late.get(10, TimeUnit.SECONDS))
          .as("checked against the first change's result, not the stale 5")
          .hasCauseInstanceOf(StockException.class)
          .cause().satisfies(e -> assertThat(((StockException) e).available()).isEqualTo(4));
    } finally {
      other.shutdownNow();
    }
    assertLevel(4, 0);
    assertReconciles();
  }

  private void assertLevel(long onHand, long reserved) {
    StockLevel level = stock.levels(productId).getFirst();
    assertThat(level.onHand()).isEqualTo(onHand);
    assertThat(level.reserved()).isEqualTo(reserved);
  }

  private List<MovementKind> kinds() {
    return stock.movements(productId, 0, 100).map(StockMovement::kind).getContent();
  }

  private void assertReconciles() {
    List<StockMovement> ledger = stock.movements(productId, 0, 100).getContent();
    StockLevel level = stock.levels(productId).getFirst();
    assertThat(ledger.stream().mapToLong(StockMovement::onHandDelta).sum()).isEqualTo(level.onHand());
    assertThat(ledger.stream().mapToLong(StockMovement::reservedDelta).sum())
        .isEqualTo(level.reserved());
  }
}
