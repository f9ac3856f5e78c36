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
import java.util.function.Supplier;

/**
 * Arranges an order whose flow fails where an operator must step in: the order is placed and awaits
 * payment, then (as test arrangement, straight through the engine) its instance's {@code orderId}
 * variable is pointed at an order that does not exist, and the order is paid. The confirm-order
 * worker cannot find the order, runs out of retries and leaves an incident naming the order.
 */
public final class OrderIncidents {

  static final Duration FLOW = Duration.ofSeconds(45);
  static final Duration PACE = Duration.ofMillis(700);

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

  /**
   * Places an order of one stocked product and answers it once its flow waits for the payment (the
   * payment's message subscription is open, keyed by the order's id).
   */
  public JsonNode awaitingPayment(String productId) {
    JsonNode order = http.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(productId, 1L))).expect(201).json();
    String id = order.path("id").asText();
    Eventually.await("the order's flow awaiting payment", FLOW,
        paced(() -> http.get(instancesOf(id), shop.owner).expect(200).json().path("items")),
        items -> items.size() == 1 && items.get(0).path("activeElementIds").toString()
            .contains("Task_AwaitPayment"));
    return order;
  }

  /** The process instance of an order, found through the ops API by its business object. */
  public long instanceOf(String orderId) {
    return Eventually.await("the order's process instance", FLOW,
        paced(() -> http.get(instancesOf(orderId), shop.owner).expect(200).json().path("items")),
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
        paced(() -> http.get("/api/v1/incidents?processId=order-lifecycle", shop.owner)
            .expect(200).json().path("items")),
        items -> find(items, instance) != null);
    return new Broken(id, order.path("number").asText(), instance, find(incident, instance));
  }

  public JsonNode order(String id) {
    return http.get("/api/v1/orders/" + id, shop.owner).expect(200).json();
  }

  public JsonNode awaitOrderStatus(String id, String status) {
    return Eventually.await("order status " + status, FLOW, paced(() -> order(id)),
        current -> current.path("status").asText().equals(status));
  }

  /**
   * A probe that asks the API at most every {@link #PACE}: the tenant's API is rate limited (100
   * requests a minute), and a test polling faster would read its own 429s instead of the flow.
   */
  public static <T> Supplier<T> paced(Supplier<T> probe) {
    long[] last = {0};
    return () -> {
      long wait = last[0] + PACE.toNanos() - System.nanoTime();
      if (last[0] != 0 && wait > 0) {
        try {
          Thread.sleep(Duration.ofNanos(wait));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      last[0] = System.nanoTime();
      return probe.get();
    };
  }

  /** The order's own flow (its notify-customer calls belong to the order too, but are not it). */
  private static String instancesOf(String orderId) {
    return "/api/v1/process-instances?processId=order-lifecycle&businessObjectType=order"
        + "&businessObjectId=" + orderId;
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
