package io.flowpod.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole restocking story through the API and the engine: a stock change crosses the reorder
 * threshold, inventory-replenishment starts, a buyer completes the purchase task, someone receives the
 * goods, and the receipt is booked to stock exactly once.
 */
@FlowPodIntegrationTest
class ReplenishmentJourneyTest {

  @LocalServerPort int port;

  @Test
  void crossingTheThresholdEndsWithTheGoodsInStock() {
    CatalogClient http = new CatalogClient(port);
    String token = http.newWorkspaceOwner();
    String productId = http.post("/api/v1/products", token,
        CatalogClient.product("CUP-1", "Espresso cup", 900)).expect(201).json().path("id").asText();
    adjust(http, token, productId, 6);
    http.send(org.springframework.http.HttpMethod.PUT, "/api/v1/products/" + productId
            + "/reorder-rule", token, Map.of("threshold", 3, "reorderQuantity", 20,
            "leadTimeDays", 4), Map.of()).expect(200);

    adjust(http, token, productId, -4);

    JsonNode purchase = awaitTask(http, token, "replenishment-purchase");
    assertThat(purchase.path("title").asText()).contains("CUP-1");
    http.post("/api/v1/tasks/" + purchase.path("id").asText() + "/complete", token,
        Map.of("variables", Map.of("supplier", "Acme Ceramics", "quantity", 20,
            "expectedDate", LocalDate.now().plusDays(3).toString()))).expect(200);

    JsonNode receipt = awaitTask(http, token, "replenishment-receipt");
    http.post("/api/v1/tasks/" + receipt.path("id").asText() + "/complete", token,
        Map.of("variables", Map.of("quantityReceived", 20))).expect(200);

    Eventually.await("the receipt booked to stock", Duration.ofSeconds(30),
        () -> http.get("/api/v1/stock?productId=" + productId, token).json()
            .path("items").get(0).path("onHand").asLong(), onHand -> onHand == 22);
    JsonNode replenishment = http.get("/api/v1/replenishments", token).expect(200).json()
        .path("items").get(0);
    assertThat(replenishment.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(replenishment.path("quantityReceived").asLong()).isEqualTo(20);
  }

  private static void adjust(CatalogClient http, String token, String productId, int delta) {
    http.post("/api/v1/stock/adjustments", token, Map.of("productId", productId,
        "quantityDelta", delta, "kind", delta > 0 ? "RECEIPT" : "ADJUSTMENT",
        "reason", "Journey test")).expect(201);
  }

  private static JsonNode awaitTask(CatalogClient http, String token, String formKey) {
    return Eventually.await(formKey + " task in the inbox", Duration.ofSeconds(30), () -> {
      JsonNode items = http.get("/api/v1/tasks?formKey=" + formKey, token).expect(200).json()
          .path("items");
      return items.isEmpty() ? null : items.get(0);
    }, task -> task != null);
  }
}
