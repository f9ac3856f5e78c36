package io.flowpod.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Arranges an order whose flow fails where an operator must step in: the order is placed and awaits
 * payment, then (as test arrangement, straight through the engine) its instance's {@code orderId}
 * variable is pointed at an order that does not exist, and the order is paid. The confirm-order
 * worker cannot find the order, runs out of retries and leaves an incident naming the order.
 */
public final class OrderIncidents {

  static final Duration FLOW = Duration.ofSeconds(45);

  /** The order as placed, its process instance and the incident its confirmation left. */
  public record Broken(String orderId, String orderNumber, long instanceKey, JsonNode incident) {}

  private final CatalogClient http;
  private final ShopFixture shop;
  private final CamundaClient engine;
  private final Payments payments;

  public OrderIncidents(CatalogClient http, ShopFixture shop, CamundaClient engine,
      Payments payments) {
    this.http = http;
    this.shop = shop;
    this.engine = engine;
    this.payments = payments;
  }

  /** Places an order of one stocked product and answers its id and number once payment is due. */
  public JsonNode awaitingPayment(String productId) {
    JsonNode order = http.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(productId, 1L))).expect(201).json();
    String id = order.path("id").asText();
    Eventually.await("payment requested", FLOW, () -> order(id),
        current -> current.path("paymentDueAt").isTextual());
    return order;
  }

  /** The running instance of an order, found through the ops API by its business object. */
  public long instanceOf(String orderId) {
    return Eventually.await("the order's process instance", FLOW,
        () -> http.get("/api/v1/process-instances?businessObjectType=order&businessObjectId="
            + orderId, shop.owner).expect(200).json().path("items"),
        items -> items.size() == 1).get(0).path("key").asLong();
  }

  public Broken brokenOrder(String productId) {
    JsonNode order = awaitingPayment(productId);
    String id = order.path("id").asText();
    long instance = instanceOf(id);
    engine.newSetVariablesCommand(instance)
        .variables(Map.of("orderId", UUID.randomUUID().toString())).send().join();
    pay(id);
    JsonNode incident = Eventually.await("an incident on the order's instance", FLOW,
        () -> http.get("/api/v1/incidents?processId=order-lifecycle", shop.owner).expect(200)
            .json().path("items"),
        items -> find(items, instance) != null);
    return new Broken(id, order.path("number").asText(), instance, find(incident, instance));
  }

  public JsonNode order(String id) {
    return http.get("/api/v1/orders/" + id, shop.owner).expect(200).json();
  }

  public JsonNode awaitOrderStatus(String id, String status) {
    return Eventually.await("order status " + status, FLOW, () -> order(id),
        current -> current.path("status").asText().equals(status));
  }

  private void pay(String orderId) {
    String payUrl = TenantContext.callAs(shop.tenantId,
        () -> payments.find(UUID.fromString(orderId))).orElseThrow().payUrl();
    http.post(payUrl + "/pay", null, null);
  }

  private static JsonNode find(JsonNode incidents, long instanceKey) {
    for (JsonNode incident : incidents) {
      if (incident.path("processInstanceKey").asLong() == instanceKey) {
        return incident;
      }
    }
    return null;
  }
}
