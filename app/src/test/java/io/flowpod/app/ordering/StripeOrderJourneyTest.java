package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.payments.FakeStripeContext;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.connectors.stripe.FakeStripeApi;
import io.flowpod.connectors.stripe.StripeEvents;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.workers.orders.RequestPaymentWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An order of a workspace that takes card payments with Stripe, against the local Stripe fake: the
 * flow creates one Checkout session, however often its job runs; Stripe's signed webhook, delivered
 * five times at once, confirms the order once; cancelling refunds it once.
 */
@FlowPodIntegrationTest
class StripeOrderJourneyTest {

  private static final Duration FLOW = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired Payments payments;
  @Autowired RequestPaymentWorker requestPayment;

  final FakeStripeApi stripe = FakeStripeContext.api();

  @Test
  void aCardPaymentConfirmsTheOrderOnceAndACancellationRefundsItOnce() throws Exception {
    CatalogClient http = new CatalogClient(port);
    ShopFixture shop = ShopFixture.signup(http);
    String webhookSecret = "whsec_" + UUID.randomUUID().toString().replace("-", "");
    http.send(org.springframework.http.HttpMethod.PUT, "/api/v1/settings/payments", shop.owner,
        Map.of("provider", "STRIPE", "stripeSecretKey", "sk_test_" + UUID.randomUUID()
            .toString().replace("-", ""), "stripeWebhookSecret", webhookSecret), Map.of())
        .expect(200);
    String tea = shop.product("TEA-9", 1250, 500L, 0);
    JsonNode placed = http.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(tea, 2L))).expect(201).json();
    UUID orderId = UUID.fromString(placed.path("id").asText());
    Eventually.await("payment requested", FLOW, () -> order(http, shop, orderId),
        order -> order.path("paymentDueAt").isTextual());

    // The request-payment job delivered again (say its worker died after Stripe answered).
    requestPayment.request(shop.tenantId.toString(), orderId.toString(),
        placed.path("number").asText(), null);
    assertThat(stripe.sessionsCreatedFor(orderId)).isEqualTo(1);

    String payUrl = TenantContext.callAs(shop.tenantId, () -> payments.find(orderId))
        .orElseThrow().payUrl();
    String session = payUrl.substring(payUrl.lastIndexOf('/') + 1);
    stripe.pay(session);
    String event = StripeEvents.sessionEvent("checkout.session.completed", stripe.session(session));
    String signature = StripeEvents.sign(event, webhookSecret);
    List<Integer> statuses = fiveAtOnce(() -> webhook(event, signature));
    assertThat(statuses).containsOnly(200);

    JsonNode confirmed = Eventually.await("the order confirmed", FLOW,
        () -> order(http, shop, orderId), order -> order.path("status").asText().equals("CONFIRMED"));
    assertThat(kinds(confirmed).stream().filter("CONFIRMED"::equals)).hasSize(1);

    http.post("/api/v1/orders/" + orderId + "/cancel", shop.owner, Map.of("reason", "Changed mind"))
        .expect(200);
    Eventually.await("the order refunded", FLOW, () -> order(http, shop, orderId),
        order -> order.path("status").asText().equals("REFUNDED"));
    assertThat(stripe.refundsCreated()).isPositive();
    String paymentIntent = String.valueOf(stripe.session(session).get("payment_intent"));
    assertThat(stripe.refundsCreatedFor(paymentIntent)).isEqualTo(1);
  }

  private int webhook(String payload, String signature) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/v1/webhooks/stripe"))
        .header("Content-Type", "application/json").header("Stripe-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode();
  }

  private static JsonNode order(CatalogClient http, ShopFixture shop, UUID id) {
    return http.get("/api/v1/orders/" + id, shop.owner).expect(200).json();
  }

  private static List<String> kinds(JsonNode order) {
    List<String> kinds = new ArrayList<>();
    order.path("timeline").forEach(event -> kinds.add(event.path("kind").asText()));
    return kinds;
  }

  private static <T> List<T> fiveAtOnce(Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        futures.add(pool.submit(work));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
