package io.flowpod.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.catalog.ProductDraft;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.inventory.DemandForecast;
import io.flowpod.domain.inventory.DemandForecasts;
import io.flowpod.domain.inventory.MovementKind;
import io.flowpod.domain.inventory.ReorderRuleDraft;
import io.flowpod.domain.inventory.ReorderRules;
import io.flowpod.domain.inventory.Replenishment;
import io.flowpod.domain.inventory.Replenishments;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.inventory.Stock;
import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.inventory.StockMovement;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import io.flowpod.domain.tenancy.Tenants;
import io.flowpod.workers.inventory.FlagLateDeliveryWorker;
import io.flowpod.workers.inventory.RecordReceiptWorker;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Low stock opens one replenishment and starts its flow; the purchase and receipt forms, the receipt
 * booking and the late flag each act once; the forecast reads the sales ledger.
 */
@FlowPodIntegrationTest
class ReplenishmentsTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");

  @Autowired
  ReorderRules rules;
  @Autowired
  Replenishments replenishments;
  @Autowired
  Reservations reservations;
  @Autowired
  DemandForecasts forecasts;
  @Autowired
  Stock stock;
  @Autowired
  Products products;
  @Autowired
  Tenants tenants;
  @Autowired
  List<StaffTaskForm> forms;
  @Autowired
  RecordReceiptWorker recordReceipt;
  @Autowired
  FlagLateDeliveryWorker flagLate;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  UUID tenantId;
  UUID mug;

  @BeforeEach
  void setUp() {
    tenantId = TestTenants.create(tenants, "Restock").id();
    TenantContext.set(tenantId);
    mug = products.create(new ProductDraft("MUG-9", "Blue mug", null, null, null, 100L, null,
        null, null, null, null, null), null).id();
    stock.adjust(new StockAdjustment(mug, null, 6, "RECEIPT", "Delivery"), null);
    rules.put(mug, new ReorderRuleDraft(3L, 20L, 4), null);
  }

  @AfterEach
  void tearDown() {
    TenantContext.clear();
  }

  @Test
  void crossingTheThresholdRequestsOneReplenishmentAndStartsItsFlow() {
    stock.adjust(new StockAdjustment(mug, null, -2, null, "Broken"), null);
    assertThat(open()).as("4 is still above 3").isEmpty();

    reservations.reserve(mug, 1, "order-1/1");
    List<Replenishment> opened = open();
    assertThat(opened).hasSize(1);
    Replenishment replenishment = opened.getFirst();
    assertThat(replenishment.status()).isEqualTo(Replenishment.Status.REQUESTED);
    assertThat(replenishment.reorderQuantity()).isEqualTo(20);
    assertThat(replenishment.sku()).isEqualTo("MUG-9");
    assertThat(outboxEntries(replenishment.id())).as("the flow's start message").isEqualTo(1);

    // further drops and a new crossing while one is open request nothing more
    reservations.reserve(mug, 1, "order-2/1");
    reservations.release("order-1/1");
    reservations.release("order-2/1");
    reservations.reserve(mug, 2, "order-3/1");
    assertThat(open()).hasSize(1);
  }

  @Test
  void theFormsOrderAndCountAndTheWorkersBookTheReceiptOnce() {
    reservations.reserve(mug, 3, "order-4/1");
    Replenishment replenishment = open().getFirst();
    String id = replenishment.id().toString();
    StaffTaskForm purchase = form("replenishment-purchase");
    assertThat(purchase.title(id)).isEqualTo("Reorder MUG-9 (Blue mug)");
    assertThat(purchase.businessObjectVariable()).isEqualTo("replenishmentId");

    assertThatThrownBy(() -> purchase.complete(id, Map.of("supplier", " ", "quantity", 0,
        "expectedDate", "2020-01-01"), null))
        .isInstanceOfSatisfying(StaffTaskException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("supplier", "quantity", "expectedDate"));
    LocalDate expected = LocalDate.now(ROME).plusDays(3);
    Map<String, Object> ordered = purchase.complete(id, Map.of("supplier", "Acme Ceramics",
        "expectedDate", expected.toString()), null);
    Instant expectedAt = expected.plusDays(1).atStartOfDay(ROME).toInstant();
    assertThat(ordered).containsEntry("quantityOrdered", 20L)
        .containsEntry("expectedAt", expectedAt.toString());
    Replenishment afterOrder = replenishments.find(replenishment.id()).orElseThrow();
    assertThat(afterOrder.status()).isEqualTo(Replenishment.Status.ORDERED);
    assertThat(afterOrder.supplier()).isEqualTo("Acme Ceramics");
    assertThat(afterOrder.expectedAt()).isEqualTo(expectedAt);

    flagLate.flag(tenantId.toString(), id);
    flagLate.flag(tenantId.toString(), id);
    Instant lateSince = replenishments.find(replenishment.id()).orElseThrow().lateSince();
    assertThat(lateSince).isNotNull();

    StaffTaskForm receipt = form("replenishment-receipt");
    assertThat(receipt.title(id)).isEqualTo("Receive MUG-9 (Blue mug)");
    assertThatThrownBy(() -> receipt.complete(id, Map.of("quantityReceived", -1), null))
        .isInstanceOfSatisfying(StaffTaskException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("quantityReceived"));
    Map<String, Object> counted = receipt.complete(id, Map.of("quantityReceived", "18"), null);
    assertThat(counted).isEqualTo(Map.of("quantityReceived", 18L));

    recordReceipt.record(tenantId.toString(), id, 18L);
    recordReceipt.record(tenantId.toString(), id, 18L);

    Replenishment received = replenishments.find(replenishment.id()).orElseThrow();
    assertThat(received.status()).isEqualTo(Replenishment.Status.RECEIVED);
    assertThat(received.quantityReceived()).isEqualTo(18);
    assertThat(received.lateSince()).as("the late flag stays visible").isEqualTo(lateSince);
    assertThat(stock.levels(mug).getFirst().onHand()).isEqualTo(24);
    List<StockMovement> receipts = stock.movements(mug, 0, 100).getContent().stream()
        .filter(m -> m.kind() == MovementKind.RECEIPT && m.reference() != null).toList();
    assertThat(receipts).singleElement().satisfies(m -> {
      assertThat(m.reference()).isEqualTo("replenishment:" + id);
      assertThat(m.onHandDelta()).isEqualTo(18);
    });
    assertThatThrownBy(() -> receipt.complete(id, Map.of("quantityReceived", 1), null))
        .isInstanceOfSatisfying(StaffTaskException.class,
            e -> assertThat(e.reason()).isEqualTo(StaffTaskException.Reason.CONFLICT));
  }

  @Test
  void theForecastNeedsThreeWeeksOfSalesAndThenSuggestsAReorderDate() {
    assertThat(forecasts.forecast(mug).method()).isEqualTo(DemandForecast.INSUFFICIENT);
    assertThat(forecasts.forecast(mug).mae()).isNull();

    // 100 days of sales following a weekly pattern, written to the ledger as past SALE movements
    UUID location = stock.levels(mug).getFirst().locationId();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    new TransactionTemplate(transactions).executeWithoutResult(tx -> {
      for (int d = 1; d <= 100; d++) {
        LocalDate day = today.minusDays(d);
        long sold = 1 + day.getDayOfWeek().getValue() % 3;
        jdbc.sql("""
                insert into stock_movements (id, tenant_id, product_id, location_id, kind,
                  on_hand_delta, reserved_delta, reason, reference, occurred_at)
                values (?, ?, ?, ?, 'SALE', ?, ?, 'Order sale', ?, ?)""")
            .params(UUID.randomUUID(), tenantId, mug, location, -sold, -sold, "past-" + d,
                Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)))
            .update();
      }
    });

    DemandForecast forecast = forecasts.forecast(mug);
    assertThat(forecast.method()).isEqualTo(DemandForecast.HOLT_WINTERS);
    assertThat(forecast.salesDays()).isEqualTo(100);
    assertThat(forecast.forecast()).hasSize(28);
    assertThat(forecast.forecast().getFirst().date()).isEqualTo(today);
    assertThat(forecast.mae()).isLessThan(0.5);
    // 6 available, threshold 3, about 2 a day: the threshold is reached within days
    assertThat(forecast.suggestedReorderDate()).isNotNull().isBefore(today.plusDays(3));
  }

  private List<Replenishment> open() {
    return replenishments.list(null, mug, 0, 10).getContent().stream()
        .filter(r -> r.status() != Replenishment.Status.RECEIVED).toList();
  }

  private StaffTaskForm form(String key) {
    return forms.stream().filter(f -> f.formKey().equals(key)).findFirst().orElseThrow();
  }

  private long outboxEntries(UUID replenishmentId) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", "%" + replenishmentId + "%");
    return jdbc.sql("""
            select count(*) from event_publication
            where event_type like '%LowStockReached' and serialized_event like :id""")
        .params(params).query(Long.class).single();
  }
}
