package io.flowpod.app.inventory;

import static io.flowpod.app.catalog.CatalogClient.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Reorder rules, replenishments and forecasts over HTTP: validation, roles and isolation. */
@FlowPodIntegrationTest
class ReorderRuleApiTest {

  @LocalServerPort
  int port;

  CatalogClient api;
  String owner;
  String productId;

  @BeforeEach
  void setUp() {
    api = new CatalogClient(port);
    owner = api.newWorkspaceOwner();
    productId = api.post("/api/v1/products", owner, product("LAMP-1", "Desk lamp", 4000))
        .expect(201).json().path("id").asText();
  }

  @Test
  void aRuleIsSetReadAndReplaced() {
    api.get(rulePath(), owner).expect(404);
    JsonNode set = put(owner, rule(5, 30, 7)).expect(200).json();
    assertThat(set.path("threshold").asLong()).isEqualTo(5);
    assertThat(set.path("reorderQuantity").asLong()).isEqualTo(30);
    assertThat(set.path("leadTimeDays").asInt()).isEqualTo(7);
    put(owner, rule(2, 10, 0)).expect(200);
    JsonNode read = api.get(rulePath(), owner).expect(200).json();
    assertThat(read.path("threshold").asLong()).isEqualTo(2);
    assertThat(read.path("leadTimeDays").asInt()).isZero();
  }

  @Test
  void invalidRulesListEveryField() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("threshold", -1);
    body.put("reorderQuantity", 0);
    assertThat(put(owner, body).expect(400).errorFields())
        .containsExactlyInAnyOrder("threshold", "reorderQuantity", "leadTimeDays");
    api.get(rulePath(), owner).expect(404);
  }

  @Test
  void anotherWorkspacesProductIsNotFoundAndStaffCannotSetRulesOrForecast() {
    String other = api.newWorkspaceOwner();
    put(other, rule(1, 1, 1)).expect(404);
    api.get(rulePath(), other).expect(404);
    api.get("/api/v1/products/" + productId + "/forecast", other).expect(404);

    String staff = api.login("staff@demo.flowpod.local", "demo-password-1");
    put(staff, rule(1, 1, 1)).expect(403);
    api.get("/api/v1/products/" + productId + "/forecast", staff).expect(403);
    api.get(rulePath(), owner).expect(404);
  }

  @Test
  void aLowStockCrossingIsListedAsARequestedReplenishment() {
    put(owner, rule(2, 12, 3)).expect(200);
    adjust(5).expect(201);
    adjust(-3).expect(201);

    JsonNode page = api.get("/api/v1/replenishments?status=REQUESTED", owner).expect(200).json();
    assertThat(page.path("totalItems").asLong()).isEqualTo(1);
    JsonNode item = page.path("items").get(0);
    assertThat(item.path("productId").asText()).isEqualTo(productId);
    assertThat(item.path("sku").asText()).isEqualTo("LAMP-1");
    assertThat(item.path("reorderQuantity").asLong()).isEqualTo(12);
    assertThat(item.path("late").asBoolean()).isFalse();
    assertThat(api.get("/api/v1/replenishments?status=RECEIVED", owner).expect(200).json()
        .path("totalItems").asLong()).isZero();
    assertThat(api.get("/api/v1/replenishments?status=LOST", owner).expect(400).errorFields())
        .containsExactly("status");
    assertThat(api.get("/api/v1/replenishments", api.newWorkspaceOwner()).expect(200).json()
        .path("totalItems").asLong()).as("another workspace sees none").isZero();
  }

  @Test
  void aProductWithoutSalesHistoryGetsNoNumbers() {
    JsonNode forecast = api.get("/api/v1/products/" + productId + "/forecast", owner).expect(200)
        .json();
    assertThat(forecast.path("method").asText()).isEqualTo("insufficient-history");
    assertThat(forecast.path("mae").isNull()).isTrue();
    assertThat(forecast.path("forecast")).isEmpty();
  }

  private String rulePath() {
    return "/api/v1/products/" + productId + "/reorder-rule";
  }

  private CatalogClient.Response put(String token, Map<String, Object> body) {
    return api.send(HttpMethod.PUT, rulePath(), token, body, Map.of());
  }

  private CatalogClient.Response adjust(int delta) {
    return api.post("/api/v1/stock/adjustments", owner, Map.of("productId", productId,
        "quantityDelta", delta, "reason", "Count"));
  }

  private static Map<String, Object> rule(long threshold, long quantity, int leadTime) {
    return Map.of("threshold", threshold, "reorderQuantity", quantity, "leadTimeDays", leadTime);
  }
}
