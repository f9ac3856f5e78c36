package io.flowpod.app.inventory;

import static io.flowpod.app.catalog.CatalogClient.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Stock over HTTP: adjustments, the ledger, concurrency, idempotency, isolation and roles. */
@FlowPodIntegrationTest
class StockApiTest {

  @LocalServerPort
  int port;

  CatalogClient api;
  String owner;
  String productId;

  @BeforeEach
  void setUp() {
    api = new CatalogClient(port);
    owner = api.newWorkspaceOwner();
    productId = api.post("/api/v1/products", owner, product("INK-1", "Ink", 300)).expect(201)
        .json().path("id").asText();
  }

  @Test
  void adjustmentsChangeTheLevelAndAreListedNewestFirst() {
    JsonNode received = adjust(owner, 5, "RECEIPT", "Delivery 42").expect(201).json();
    assertThat(received.path("productId").asText()).isEqualTo(productId);
    assertThat(received.path("locationName").asText()).isEqualTo("Main");
    assertThat(received.path("onHand").asLong()).isEqualTo(5);
    assertThat(received.path("available").asLong()).isEqualTo(5);
    adjust(owner, -2, null, "Broken in the shop").expect(201);

    JsonNode levels = api.get("/api/v1/stock?productId=" + productId, owner).expect(200).json();
    assertThat(levels.path("items")).hasSize(1);
    JsonNode level = levels.path("items").get(0);
    assertThat(level.path("locationId").asText()).isEqualTo(received.path("locationId").asText());
    assertThat(level.path("onHand").asLong()).isEqualTo(3);
    assertThat(level.path("reserved").asLong()).isZero();
    assertThat(level.path("available").asLong()).isEqualTo(3);

    JsonNode movements = movements(owner);
    assertThat(movements.path("totalItems").asLong()).isEqualTo(2);
    JsonNode newest = movements.path("items").get(0);
    assertThat(newest.path("kind").asText()).isEqualTo("ADJUSTMENT");
    assertThat(newest.path("onHandDelta").asLong()).isEqualTo(-2);
    assertThat(newest.path("reason").asText()).isEqualTo("Broken in the shop");
    assertThat(newest.path("userId").asText()).isNotBlank();
    assertThat(movements.path("items").get(1).path("kind").asText()).isEqualTo("RECEIPT");

    List<String> actions = api.get("/api/v1/audit-events?size=100", owner).expect(200).json()
        .path("items").findValuesAsText("action");
    assertThat(actions).contains("stock.adjusted");
  }

  @Test
  void invalidAdjustmentsListEveryField() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("quantityDelta", 0);
    body.put("kind", "SALE");
    body.put("reason", " ");
    Response response = api.post("/api/v1/stock/adjustments", owner, body).expect(400);
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("productId", "kind", "quantityDelta", "reason");
    assertThat(adjust(owner, -1, "RECEIPT", "x").expect(400).errorFields())
        .containsExactly("quantityDelta");
    assertThat(adjust(owner, 1, null, "r".repeat(501)).expect(400).errorFields())
        .containsExactly("reason");
  }

  @Test
  void takingMoreThanOnHandIsAConflictThatWritesNothing() {
    adjust(owner, 3, "RECEIPT", "Delivery").expect(201);
    JsonNode problem = adjust(owner, -4, null, "Count").expect(409).json();
    assertThat(problem.path("type").asText()).isEqualTo("https://flowpod.io/problems/conflict");
    assertThat(problem.path("productId").asText()).isEqualTo(productId);
    assertThat(problem.path("available").asLong()).isEqualTo(3);
    assertThat(level(owner).path("onHand").asLong()).isEqualTo(3);
    assertThat(movements(owner).path("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void concurrentAdjustmentsAreNeverLost() throws Exception {
    int threads = 10;
    assertThat(inParallel(threads, () -> adjust(owner, 1, "RECEIPT", "Parallel").status()))
        .containsOnly(201);
    JsonNode levels = api.get("/api/v1/stock?productId=" + productId, owner).expect(200).json();
    assertThat(levels.path("items")).as("one default location").hasSize(1);
    assertThat(levels.path("items").get(0).path("onHand").asLong()).isEqualTo(threads);
    assertThat(movements(owner).path("totalItems").asLong()).isEqualTo(threads);
  }

  @Test
  void concurrentWithdrawalsNeverTakeMoreThanOnHand() throws Exception {
    adjust(owner, 5, "RECEIPT", "Delivery").expect(201);
    List<Integer> statuses = inParallel(10, () -> adjust(owner, -1, null, "Parallel").status());
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(5);
    assertThat(statuses).filteredOn(status -> status == 409).hasSize(5);
    assertThat(level(owner).path("onHand").asLong()).isZero();
    assertThat(movements(owner).path("totalItems").asLong()).isEqualTo(6);
  }

  @Test
  void aReplayedAdjustmentAdjustsOnce() {
    Map<String, String> key = Map.of("Idempotency-Key", "adjust-" + productId);
    Response first = api.send(HttpMethod.POST, "/api/v1/stock/adjustments", owner,
        body(7, "RECEIPT", "Delivery"), key).expect(201);
    Response replay = api.send(HttpMethod.POST, "/api/v1/stock/adjustments", owner,
        body(7, "RECEIPT", "Delivery"), key).expect(201);
    assertThat(replay.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.json()).isEqualTo(first.json());
    assertThat(level(owner).path("onHand").asLong()).isEqualTo(7);
    assertThat(movements(owner).path("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void theLedgerSumsToTheLevel() {
    int[] deltas = {10, -3, 4, -11, 2};
    for (int delta : deltas) {
      adjust(owner, delta, null, "Count").expect(201);
    }
    adjust(owner, -3, null, "Too many").expect(409);
    JsonNode level = level(owner);
    long onHand = 0;
    long reserved = 0;
    for (JsonNode movement : movements(owner).path("items")) {
      onHand += movement.path("onHandDelta").asLong();
      reserved += movement.path("reservedDelta").asLong();
    }
    assertThat(level.path("onHand").asLong()).isEqualTo(2).isEqualTo(onHand);
    assertThat(level.path("reserved").asLong()).isEqualTo(reserved);
  }

  @Test
  void archivedProductsCannotBeAdjusted() {
    api.send(HttpMethod.DELETE, "/api/v1/products/" + productId, owner, null, Map.of())
        .expect(204);
    JsonNode problem = adjust(owner, 1, null, "Late delivery").expect(409).json();
    assertThat(problem.path("productId").asText()).isEqualTo(productId);
    assertThat(api.get("/api/v1/stock?productId=" + productId, owner).expect(200).json()
        .path("items")).isEmpty();
  }

  @Test
  void anotherWorkspacesProductIsNotFound() {
    adjust(owner, 1, null, "Count").expect(201);
    String other = api.newWorkspaceOwner();
    adjust(other, 1, null, "Count").expect(404);
    api.get("/api/v1/stock?productId=" + productId, other).expect(404);
    api.get("/api/v1/stock/movements?productId=" + productId, other).expect(404);
    assertThat(level(owner).path("onHand").asLong()).isEqualTo(1);
  }

  @Test
  void staffCannotAdjustOrReadTheLedger() {
    String staff = api.login("staff@demo.flowpod.local", "demo-password-1");
    adjust(staff, 1, null, "Count").expect(403);
    api.get("/api/v1/stock/movements?productId=" + productId, staff).expect(403);
    assertThat(movements(owner).path("totalItems").asLong()).isZero();
  }

  /** Runs {@code task} on that many threads released at once, answering each result. */
  private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Response adjust(String token, int delta, String kind, String reason) {
    return api.post("/api/v1/stock/adjustments", token, body(delta, kind, reason));
  }

  private Map<String, Object> body(int delta, String kind, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("productId", productId);
    body.put("quantityDelta", delta);
    if (kind != null) {
      body.put("kind", kind);
    }
    body.put("reason", reason);
    return body;
  }

  private JsonNode level(String token) {
    return api.get("/api/v1/stock?productId=" + productId, token).expect(200).json()
        .path("items").get(0);
  }

  private JsonNode movements(String token) {
    return api.get("/api/v1/stock/movements?productId=" + productId + "&size=100", token)
        .expect(200).json();
  }
}
