package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tasks.StaffTasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Orders through the whole stack: REST, the domain, the outbox, order-lifecycle.bpmn on the real
 * engine, the workers, the embedded test payment page and the staff inbox. Each test follows one
 * path a customer or a member of staff would see.
 */
@FlowPodIntegrationTest
class OrderJourneyTest {

  private static final Duration FLOW = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired Payments payments;
  @Autowired StaffTasks staffTasks;

  CatalogClient http;
  ShopFixture shop;
  String tea;
  String cups;

  @BeforeEach
  void openShop() {
    http = new CatalogClient(port);
    shop = ShopFixture.signup(http);
    tea = shop.product("TEA-1", 1250, 500L, 1000);
    cups = shop.product("CUP-2", 900, 300L, 1000);
  }

  @Test
  void aPaidOrderIsFulfilledAndDeliveredWithEveryStepOnItsTimeline() {
    JsonNode order = place(Map.of(tea, 2L, cups, 1L));
    String id = order.path("id").asText();
    awaitPaymentRequested(id);
    assertThat(level(tea).path("reserved").asLong()).isEqualTo(2);

    http.post(payUrl(id) + "/pay", null, null);
    awaitStatus(id, "CONFIRMED");
    assertThat(level(tea).path("onHand").asLong()).isEqualTo(98);
    assertThat(level(tea).path("reserved").asLong()).isZero();

    JsonNode shipped = Eventually.await("the fulfilment task to accept the shipment", FLOW,
        () -> http.post("/api/v1/orders/" + id + "/fulfilment", shop.owner,
            Map.of("carrier", "DHL", "trackingNumber", "JD0123456789")),
        reply -> reply.status() == 200).json();
    assertThat(shipped.path("status").asText()).isEqualTo("SHIPPED");
    assertThat(shipped.path("trackingNumber").asText()).isEqualTo("JD0123456789");

    http.post("/api/v1/orders/" + id + "/delivery", shop.owner, Map.of()).expect(200);
    JsonNode delivered = awaitTimeline(id, "DELIVERED");
    assertThat(kinds(delivered)).containsExactly("PLACED", "STOCK_RESERVED",
        "PAYMENT_REQUESTED", "CONFIRMED", "SHIPPED", "DELIVERED");
    assertThat(delivered.path("status").asText()).isEqualTo("DELIVERED");
  }

  @Test
  void aDeclinedPaymentCancelsTheOrderAndGivesTheStockBack() {
    String id = place(Map.of(tea, 3L)).path("id").asText();
    awaitPaymentRequested(id);

    http.post(payUrl(id) + "/decline", null, null);

    JsonNode cancelled = awaitStatus(id, "CANCELLED");
    assertThat(cancelled.path("cancelReason").asText()).isEqualTo("Payment failed");
    Eventually.await("the hold released", FLOW, () -> level(tea).path("reserved").asLong(),
        reserved -> reserved == 0);
  }

  @Test
  void anOrderBeyondTheStockIsCancelledWithoutTakingAnything() {
    String id = place(Map.of(tea, 101L, cups, 1L)).path("id").asText();

    JsonNode cancelled = awaitStatus(id, "CANCELLED");
    assertThat(cancelled.path("cancelReason").asText()).isEqualTo("Not enough stock");
    assertThat(level(cups).path("reserved").asLong()).isZero();
    assertThat(level(tea).path("onHand").asLong()).isEqualTo(100);
  }

  @Test
  void cancellingAPaidOrderRefundsItAndPutsTheGoodsBack() {
    String id = place(Map.of(cups, 4L)).path("id").asText();
    awaitPaymentRequested(id);
    http.post(payUrl(id) + "/pay", null, null);
    awaitStatus(id, "CONFIRMED");

    http.post("/api/v1/orders/" + id + "/cancel", shop.owner, Map.of("reason", "Customer called"))
        .expect(200);

    awaitStatus(id, "REFUNDED");
    Eventually.await("the goods back on hand", FLOW, () -> level(cups).path("onHand").asLong(),
        onHand -> onHand == 100);
    Eventually.await("the fulfilment task closed", FLOW, () -> TenantContext.callAs(shop.tenantId,
        () -> staffTasks.findOpen("order", id, "order-fulfilment")).isEmpty(), closed -> closed);
    assertThat(http.post("/api/v1/orders/" + id + "/fulfilment", shop.owner,
        Map.of("carrier", "DHL", "trackingNumber", "X1")).status()).isEqualTo(409);
  }

  @Test
  void aLargeOrderWaitsForAManagersReviewBeforePaymentIsRequested() {
    String expensive = shop.product("SAMOVAR", 60000, 30000L, 0);
    String id = place(Map.of(expensive, 1L)).path("id").asText();

    JsonNode review = Eventually.await("the review task", FLOW, () -> {
      JsonNode items = http.get("/api/v1/tasks?formKey=order-review&businessObjectId=" + id,
          shop.owner).expect(200).json().path("items");
      return items.isEmpty() ? null : items.get(0);
    }, task -> task != null);
    assertThat(get(id).path("paymentDueAt").isNull()).isTrue();

    http.post("/api/v1/tasks/" + review.path("id").asText() + "/complete", shop.owner,
        Map.of("variables", Map.of("approved", true))).expect(200);

    awaitPaymentRequested(id);
  }

  private JsonNode place(Map<String, Long> lines) {
    Response placed = http.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), lines)).expect(201);
    return placed.json();
  }

  private JsonNode get(String id) {
    return http.get("/api/v1/orders/" + id, shop.owner).expect(200).json();
  }

  private void awaitPaymentRequested(String id) {
    Eventually.await("payment requested", FLOW, () -> get(id),
        order -> order.path("paymentDueAt").isTextual());
  }

  private JsonNode awaitStatus(String id, String status) {
    return Eventually.await("status " + status, FLOW, () -> get(id),
        order -> order.path("status").asText().equals(status));
  }

  private JsonNode awaitTimeline(String id, String kind) {
    return Eventually.await("timeline step " + kind, FLOW, () -> get(id),
        order -> kinds(order).contains(kind));
  }

  // The request-payment step records the deadlines before it asks the provider: wait for both.
  private String payUrl(String orderId) {
    return Eventually.await("the payment request", FLOW, () -> TenantContext.callAs(shop.tenantId,
        () -> payments.find(UUID.fromString(orderId))), Optional::isPresent).orElseThrow().payUrl();
  }

  private JsonNode level(String productId) {
    return http.get("/api/v1/stock?productId=" + productId, shop.owner).expect(200).json()
        .path("items").get(0);
  }

  private static List<String> kinds(JsonNode order) {
    List<String> kinds = new ArrayList<>();
    order.path("timeline").forEach(event -> kinds.add(event.path("kind").asText()));
    return kinds;
  }
}
