package io.flowpod.app.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The order benchmark's client: an owner stocks a few products, then each operation places an order
 * through POST /api/v1/orders and polls GET /api/v1/orders/{id} until the order flow has requested
 * payment (the order carries its payment deadline), as a shop's integration would. Catalog listing is
 * the storefront's public GET /api/v1/public/{slug}/products.
 */
final class OrderDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration MAX_POLL_INTERVAL = Duration.ofMillis(500);

  private final HttpClient http;
  private final URI base;
  private final String bearer;
  private final String slug;
  private final List<String> productIds = new ArrayList<>();

  private OrderDriver(HttpClient http, URI base, String bearer, String slug) {
    this.http = http;
    this.base = base;
    this.bearer = bearer;
    this.slug = slug;
  }

  /** Signs up a workspace and stocks {@code products} products priced below the review amount. */
  static OrderDriver stockedWorkspace(URI base, int products) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String slug = "orders-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode owner = JSON.readTree(send(http, post(base, "/api/v1/auth/signup", null, Map.of(
        "workspaceName", "Order benchmark " + slug, "workspaceSlug", slug, "timeZone", "UTC",
        "currency", "EUR", "locale", "en", "ownerName", "Benchmark Owner",
        "email", slug + "@benchmark.flowpod.local", "password", "benchmark-password-1")), 201));
    OrderDriver driver = new OrderDriver(http, base,
        "Bearer " + owner.path("accessToken").asText(), slug);
    for (int i = 1; i <= products; i++) {
      JsonNode product = JSON.readTree(send(http, post(base, "/api/v1/products", driver.bearer,
          Map.of("sku", "BENCH-" + i, "name", "Benchmark product " + i, "category", "Bench",
              "priceMinor", 1000L * i)), 201));
      String id = product.path("id").asText();
      send(http, post(base, "/api/v1/stock/adjustments", driver.bearer, Map.of("productId", id,
          "quantityDelta", 10_000_000, "kind", "RECEIPT", "reason", "Benchmark stock")), 201);
      driver.productIds.add(id);
    }
    return driver;
  }

  /** Places one order of two random lines and waits until its payment is requested. */
  long placeOrderUntilAwaitingPayment(Duration firstPoll) throws Exception {
    long begin = System.nanoTime();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Map<String, Object> order = Map.of(
        "customer", Map.of("name", "Bench Customer", "email",
            "c" + random.nextInt(1000) + "@benchmark.flowpod.local"),
        "lines", List.of(
            Map.of("productId", productIds.get(random.nextInt(productIds.size())), "quantity", 1),
            Map.of("productId", productIds.get(random.nextInt(productIds.size())), "quantity", 2)));
    String id = JSON.readTree(send(http, post(base, "/api/v1/orders", bearer, order), 201))
        .path("id").asText();
    long deadline = begin + ORDER_TIMEOUT.toNanos();
    Duration wait = firstPoll;
    while (!awaitingPayment(id)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("order " + id + " not awaiting payment within " + ORDER_TIMEOUT);
      }
      Thread.sleep(wait);
      wait = wait.multipliedBy(2).compareTo(MAX_POLL_INTERVAL) > 0 ? MAX_POLL_INTERVAL
          : wait.multipliedBy(2);
    }
    return System.nanoTime() - begin;
  }

  /** One storefront catalog page, timed. */
  long listCatalog() throws Exception {
    long begin = System.nanoTime();
    send(http, HttpRequest.newBuilder(base.resolve("/api/v1/public/" + slug + "/products?size=20"))
        .GET(), 200);
    return System.nanoTime() - begin;
  }

  private boolean awaitingPayment(String id) throws Exception {
    JsonNode order = JSON.readTree(send(http, HttpRequest.newBuilder(
        base.resolve("/api/v1/orders/" + id)).header("Authorization", bearer).GET(), 200));
    JsonNode dueAt = order.has("order") ? order.path("order").path("paymentDueAt")
        : order.path("paymentDueAt");
    return dueAt.isTextual() && !dueAt.asText().isEmpty();
  }

  private static HttpRequest.Builder post(URI base, String path, String bearer, Object body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return bearer == null ? request : request.header("Authorization", bearer);
  }

  private String send(HttpRequest.Builder request, int expected) throws Exception {
    return send(http, request, expected);
  }

  private static String send(HttpClient http, HttpRequest.Builder request, int expected)
      throws Exception {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
          + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
