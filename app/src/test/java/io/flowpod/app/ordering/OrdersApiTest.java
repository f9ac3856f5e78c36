package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.platform.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Staff orders over HTTP: placing with catalog prices, validation, idempotency, isolation, status rules. */
@FlowPodIntegrationTest
class OrdersApiTest {

  @LocalServerPort
  int port;
  @Autowired
  Orders orders;

  ShopFixture shop;
  String tea;
  String mug;

  @BeforeEach
  void setUp() {
    shop = ShopFixture.signup(new CatalogClient(port));
    tea = shop.product("TEA-1", 450, null, 1000);
    mug = shop.product("MUG-1", 999, 400L, 2000);
  }

  /** Both products in this order, or only one when the other's quantity is null. */
  private Map<String, Long> lines(Long teas, Long mugs) {
    Map<String, Long> lines = new LinkedHashMap<>();
    if (teas != null) {
      lines.put(tea, teas);
    }
    if (mugs != null) {
      lines.put(mug, mugs);
    }
    return lines;
  }

  private Response place(Map<String, Object> body) {
    return shop.api.post("/api/v1/orders", shop.owner, body);
  }

  @Test
  void placingCapturesCatalogPricesTaxAndCostAndNumbersTheOrder() {
    String email = ShopFixture.email();
    Response created = place(ShopFixture.order(email.toUpperCase(), lines(3L, 1L))).expect(201);
    JsonNode order = created.json();
    assertThat(created.headers().getLocation())
        .hasToString("/api/v1/orders/" + order.path("id").asText());
    assertThat(order.path("number").asLong()).isEqualTo(1001);
    assertThat(order.path("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(order.path("channel").asText()).isEqualTo("API");
    assertThat(order.path("currency").asText()).isEqualTo("EUR");
    // tea 3 x 4.50 = 13.50 + 10% = 1.35; mug 9.99 + 20% = 1.998 -> 2.00 (half up)
    assertThat(order.path("subtotalMinor").asLong()).isEqualTo(1350 + 999);
    assertThat(order.path("taxMinor").asLong()).isEqualTo(135 + 200);
    assertThat(order.path("totalMinor").asLong()).isEqualTo(1350 + 999 + 135 + 200);
    assertThat(order.path("costMinor").asLong()).isEqualTo(400);
    JsonNode first = order.path("lines").get(0);
    assertThat(first.path("sku").asText()).isEqualTo("TEA-1");
    assertThat(first.path("unitPriceMinor").asLong()).isEqualTo(450);
    assertThat(first.path("totalMinor").asLong()).isEqualTo(1485);
    assertThat(order.path("customer").path("email").asText()).isEqualTo(email);
    assertThat(order.path("timeline").get(0).path("kind").asText()).isEqualTo("PLACED");

    // A later catalog price change does not touch the order; the same customer orders again.
    Map<String, Object> newPrice = CatalogClient.product("TEA-1", "Product TEA-1", 999);
    shop.api.send(HttpMethod.PUT, "/api/v1/products/" + tea, shop.owner, newPrice,
        Map.of("If-Match", "W/\"0\"")).expect(200);
    JsonNode second = place(ShopFixture.order(email, lines(1L, 1L))).expect(201).json();
    assertThat(second.path("number").asLong()).isEqualTo(1002);
    assertThat(second.path("customer").path("id")).isEqualTo(order.path("customer").path("id"));
    JsonNode reread = shop.api.get("/api/v1/orders/" + order.path("id").asText(), shop.owner)
        .expect(200).json();
    assertThat(reread.path("lines").get(0).path("unitPriceMinor").asLong()).isEqualTo(450);

    JsonNode page = shop.api.get("/api/v1/orders?status=PENDING_PAYMENT&channel=API", shop.owner)
        .expect(200).json();
    assertThat(page.path("totalItems").asLong()).isEqualTo(2);
    assertThat(page.path("items").findValuesAsText("number")).containsExactly("1002", "1001");
    assertThat(page.path("items").findValuesAsText("customerName"))
        .containsExactly("Ada Lovelace", "Ada Lovelace");
    assertThat(shop.api.get("/api/v1/orders?channel=STOREFRONT", shop.owner).json()
        .path("totalItems").asLong()).isZero();
    assertThat(shop.api.get("/api/v1/orders?from=2999-01-01T00:00:00Z", shop.owner).json()
        .path("totalItems").asLong()).isZero();
    assertThat(shop.api.get("/api/v1/orders?from=2999-01-01T00:00:00Z&to=2000-01-01T00:00:00Z",
        shop.owner).expect(400).errorFields()).containsExactly("to");
  }

  @Test
  void invalidOrdersListEveryProblemAndStoreNothing() {
    shop.api.send(HttpMethod.DELETE, "/api/v1/products/" + mug, shop.owner, null, Map.of())
        .expect(204);
    Map<String, Object> body = ShopFixture.order("not-an-address", lines(0L, 1L));
    Response refused = place(body).expect(400);
    assertThat(refused.json().path("type").asText())
        .isEqualTo("https://flowpod.io/problems/validation");
    assertThat(refused.errorFields()).containsExactlyInAnyOrder("customer.email",
        "lines[0].quantity", "lines[1].productId");

    Map<String, Object> tooMany = ShopFixture.order(ShopFixture.email(), Map.of());
    tooMany.put("lines", java.util.Collections.nCopies(101, Map.of("productId", tea,
        "quantity", 1)));
    assertThat(place(tooMany).expect(400).errorFields()).containsExactly("lines");
    Map<String, Object> unknown = ShopFixture.order(ShopFixture.email(),
        Map.of(UUID.randomUUID().toString(), 1L));
    assertThat(place(unknown).expect(400).errorFields()).containsExactly("lines[0].productId");

    assertThat(shop.api.get("/api/v1/orders", shop.owner).json().path("totalItems").asLong())
        .isZero();
    assertThat(place(ShopFixture.order(ShopFixture.email(), Map.of(tea, 1L))).expect(201).json()
        .path("number").asLong()).as("no number was used up").isEqualTo(1001);
  }

  @Test
  void aRepeatedIdempotencyKeyPlacesOneOrder() {
    Map<String, String> key = Map.of("Idempotency-Key", "order-" + UUID.randomUUID());
    Map<String, Object> body = ShopFixture.order(ShopFixture.email(), lines(1L, null));
    Response first = shop.api.send(HttpMethod.POST, "/api/v1/orders", shop.owner, body, key)
        .expect(201);
    Response again = shop.api.send(HttpMethod.POST, "/api/v1/orders", shop.owner, body, key)
        .expect(201);
    assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
    assertThat(again.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(shop.api.get("/api/v1/orders", shop.owner).json().path("totalItems").asLong())
        .isEqualTo(1);
  }

  @Test
  void anotherWorkspacesOrderIsNotFoundOnEveryEndpoint() {
    String id = place(ShopFixture.order(ShopFixture.email(), lines(1L, 1L))).expect(201).json()
        .path("id").asText();
    String intruder = ShopFixture.signup(shop.api).owner;
    String path = "/api/v1/orders/" + id;

    shop.api.get(path, intruder).expect(404);
    shop.api.post(path + "/cancel", intruder, Map.of("reason", "mine now")).expect(404);
    shop.api.post(path + "/fulfilment", intruder,
        Map.of("carrier", "DHL", "trackingNumber", "X1")).expect(404);
    shop.api.post(path + "/delivery", intruder, null).expect(404);
    assertThat(shop.api.get("/api/v1/orders", intruder).json().path("totalItems").asLong())
        .isZero();
    assertThat(shop.api.get(path, shop.owner).expect(200).json().path("status").asText())
        .isEqualTo("PENDING_PAYMENT");
    shop.api.get("/api/v1/orders/" + UUID.randomUUID(), shop.owner).expect(404);
  }

  @Test
  void anOpenOrderCanBeCancelledOnceAndAShippedOneNot() {
    JsonNode placed = place(ShopFixture.order(ShopFixture.email(), lines(1L, null))).expect(201)
        .json();
    String path = "/api/v1/orders/" + placed.path("id").asText();
    shop.api.post(path + "/delivery", shop.owner, null).expect(409);
    assertThat(shop.api.post(path + "/cancel", shop.owner, Map.of("reason", "x".repeat(501)))
        .expect(400).errorFields()).containsExactly("reason");

    JsonNode cancelled = shop.api.post(path + "/cancel", shop.owner,
        Map.of("reason", "Customer changed their mind")).expect(200).json();
    assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.path("cancelReason").asText()).isEqualTo("Customer changed their mind");
    JsonNode again = shop.api.post(path + "/cancel", shop.owner, null).expect(200).json();
    assertThat(again.path("status").asText()).isEqualTo("CANCELLED");
    assertThat(again.path("cancelReason").asText()).isEqualTo("Customer changed their mind");
    assertThat(again.path("timeline").findValuesAsText("kind")).contains("PLACED", "CANCELLED")
        .doesNotHaveDuplicates();

    UUID shipped = UUID.fromString(place(ShopFixture.order(ShopFixture.email(), lines(null, 1L)))
        .expect(201).json().path("id").asText());
    long number = TenantContext.callAs(shop.tenantId, () -> {
      orders.confirmPaid(shipped);
      return orders.ship(shipped, "DHL", "JJD0001", null).number();
    });
    Response refused = shop.api.post("/api/v1/orders/" + shipped + "/cancel", shop.owner, null)
        .expect(409);
    assertThat(refused.json().path("detail").asText())
        .isEqualTo("Order " + number + " has shipped and can no longer be cancelled");
    JsonNode delivered = shop.api.post("/api/v1/orders/" + shipped + "/delivery", shop.owner, null)
        .expect(200).json();
    assertThat(delivered.path("status").asText()).isEqualTo("DELIVERED");
    assertThat(delivered.path("carrier").asText()).isEqualTo("DHL");
    JsonNode deliveredAgain = shop.api.post("/api/v1/orders/" + shipped + "/delivery", shop.owner,
        null).expect(200).json();
    assertThat(deliveredAgain.path("status").asText()).isEqualTo("DELIVERED");
    assertThat(deliveredAgain.path("timeline").findValuesAsText("kind"))
        .containsSubsequence("PLACED", "CONFIRMED", "SHIPPED", "DELIVERED").doesNotHaveDuplicates();
    assertThat(shop.api.post("/api/v1/orders/" + shipped + "/fulfilment", shop.owner,
        Map.of("carrier", "DHL", "trackingNumber", "X1")).expect(409).json().path("detail")
        .asText()).isEqualTo("Order " + number + " is not waiting for fulfilment");
  }

  @Test
  void fulfilmentNeedsAnOpenFulfilmentTask() {
    UUID id = UUID.fromString(place(ShopFixture.order(ShopFixture.email(), lines(1L, null)))
        .expect(201).json().path("id").asText());
    String path = "/api/v1/orders/" + id + "/fulfilment";
    Map<String, String> shipment = Map.of("carrier", "DHL", "trackingNumber", "JJD2");
    long number = TenantContext.callAs(shop.tenantId, () -> orders.confirmPaid(id).number());
    // Confirmed by hand, not by the flow: no fulfilment task was opened, so nothing is shipped.
    assertThat(shop.api.post(path, shop.owner, shipment).expect(409).json().path("detail").asText())
        .isEqualTo("Order " + number + " is not waiting for fulfilment");
    assertThat(shop.api.get("/api/v1/orders/" + id, shop.owner).json().path("status").asText())
        .isEqualTo("CONFIRMED");
  }

  @Test
  void flowStepsAreIdempotentAndKeepTheFirstDeadlines() {
    UUID id = UUID.fromString(place(ShopFixture.order(ShopFixture.email(), lines(1L, null)))
        .expect(201).json().path("id").asText());
    TenantContext.runAs(shop.tenantId, () -> {
      var requested = orders.recordPaymentRequested(id);
      assertThat(requested.paymentReminderAt()).isNotNull();
      assertThat(java.time.Duration.between(requested.paymentReminderAt(),
          requested.paymentDueAt())).isEqualTo(java.time.Duration.ofHours(48));
      var repeated = orders.recordPaymentRequested(id);
      assertThat(repeated.paymentDueAt()).isEqualTo(requested.paymentDueAt());
      assertThat(repeated.version()).isEqualTo(requested.version());
      orders.recordStep(id, "STOCK_RESERVED", null);
      orders.recordStep(id, "STOCK_RESERVED", null);
      var confirmed = orders.confirmPaid(id);
      assertThat(orders.confirmPaid(id).fulfilmentNoticeAt())
          .isEqualTo(confirmed.fulfilmentNoticeAt());
      assertThat(orders.cancelByFlow(id, io.flowpod.domain.ordering.CancelCause.PAYMENT_TIMEOUT)
          .status().name()).isEqualTo("CONFIRMED");
      assertThat(orders.timeline(id).stream().map(e -> e.kind()).toList())
          .containsExactlyInAnyOrder("PLACED", "PAYMENT_REQUESTED", "STOCK_RESERVED", "CONFIRMED");
    });
  }

  @Test
  void onlyAdminsChangeTheOrderPolicy() {
    JsonNode defaults = shop.api.get("/api/v1/settings/orders", shop.owner).expect(200).json();
    assertThat(defaults.path("paymentTimeout").asText()).isEqualTo("PT72H");
    assertThat(defaults.path("autoDeliverAfter").asText()).isEqualTo("PT336H");

    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("paymentReminderAfter", "PT5H");
    bad.put("paymentTimeout", "PT2H");
    bad.put("fulfilmentNoticeAfter", "soon");
    Response refused = shop.api.send(HttpMethod.PUT, "/api/v1/settings/orders", shop.owner, bad,
        Map.of()).expect(400);
    assertThat(refused.errorFields()).containsExactlyInAnyOrder("fulfilmentNoticeAfter",
        "autoDeliverAfter");
    bad.put("fulfilmentNoticeAfter", "P1D");
    bad.put("autoDeliverAfter", "P7D");
    assertThat(shop.api.send(HttpMethod.PUT, "/api/v1/settings/orders", shop.owner, bad, Map.of())
        .expect(400).errorFields()).containsExactly("paymentReminderAfter");

    Map<String, Object> good = Map.of("paymentReminderAfter", "PT1H", "paymentTimeout", "PT2H",
        "fulfilmentNoticeAfter", "P1D", "autoDeliverAfter", "P7D");
    String staff = shop.member("STAFF");
    shop.api.send(HttpMethod.PUT, "/api/v1/settings/orders", staff, good, Map.of()).expect(403);
    shop.api.send(HttpMethod.PUT, "/api/v1/settings/orders", shop.owner, good, Map.of())
        .expect(200);
    assertThat(shop.api.get("/api/v1/settings/orders", staff).expect(200).json()
        .path("paymentTimeout").asText()).isEqualTo("PT2H");

    JsonNode placed = shop.api.post("/api/v1/orders", staff,
        ShopFixture.order(ShopFixture.email(), Map.of(tea, 1L))).expect(201).json();
    var requested = TenantContext.callAs(shop.tenantId, () -> orders.recordPaymentRequested(
        UUID.fromString(placed.path("id").asText())));
    assertThat(java.time.Duration.between(requested.paymentReminderAt(), requested.paymentDueAt()))
        .isEqualTo(java.time.Duration.ofHours(1));
    String other = ShopFixture.signup(shop.api).owner;
    assertThat(shop.api.get("/api/v1/settings/orders", other).json()
        .path("paymentTimeout").asText()).as("per workspace").isEqualTo("PT72H");
  }
}
