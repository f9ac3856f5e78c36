package io.flowpod.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.webhooks.TestWebhookReceiver.Received;
import io.flowpod.domain.ordering.OrderPlaced;
import io.flowpod.domain.ordering.SalesChannel;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.webhooks.WebhookDeliveries;
import io.flowpod.domain.webhooks.WebhookDelivery;
import io.flowpod.domain.webhooks.WebhookEventListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.util.AopTestUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outbound webhooks end to end: real order flow, outbox, scheduler, HTTP to a local receiver that
 * verifies the signature the way a tenant's system would; retries with growing delays; a replayed
 * domain event delivering once; the SSRF rule at registration and at delivery; roles; isolation.
 */
@FlowPodIntegrationTest
class WebhooksTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/api/v1/webhook-endpoints";

  @LocalServerPort
  int port;
  @Autowired
  WebhookDeliveries deliveries;
  @Autowired
  TenantTransactions work;
  @Autowired
  WebhookEventListener listener;
  @Autowired
  JdbcClient jdbc;

  ShopFixture shop;
  TestWebhookReceiver receiver = WebhookTestContext.receiver();

  @BeforeEach
  void setUp() {
    shop = ShopFixture.signup(new CatalogClient(port));
  }

  private static String path() {
    return "/hooks/" + UUID.randomUUID();
  }

  private JsonNode register(String url, String... eventTypes) {
    return shop.api.post(BASE, shop.owner, endpoint(url, eventTypes)).expect(201).json();
  }

  private static Map<String, Object> endpoint(String url, String... eventTypes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("url", url);
    body.put("description", "ERP");
    body.put("eventTypes", List.of(eventTypes));
    return body;
  }

  private List<Received> awaitRequests(String path, int count) {
    return Eventually.await(count + " request(s) at " + path, Duration.ofSeconds(40),
        () -> receiver.at(path), list -> list.size() >= count);
  }

  private List<WebhookDelivery> log(UUID endpointId) {
    return TenantContext.callAs(shop.tenantId, () -> deliveries.log(endpointId, 50));
  }

  private WebhookDelivery awaitDelivery(UUID endpointId, WebhookDelivery.Status status) {
    return Eventually.await("a " + status + " delivery", Duration.ofSeconds(40),
        () -> log(endpointId).stream().filter(d -> d.status() == status).findFirst().orElse(null),
        found -> found != null);
  }

  /** What a receiver does: recompute HMAC-SHA256(secret, t + "." + body) and compare. */
  private static void assertSigned(Received request, String secret) throws Exception {
    String header = request.header("X-FlowPod-Signature");
    assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
    String t = header.substring(2, header.indexOf(','));
    String v1 = header.substring(header.indexOf("v1=") + 3);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = HexFormat.of().formatHex(
        mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
    assertThat(v1).as("signature").isEqualTo(expected);
    assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(300);
  }

  private String placeOrder(String email) {
    String tea = shop.product("TEA-" + UUID.randomUUID().toString().substring(0, 4), 450, null, 1000);
    return shop.api.post("/api/v1/orders", shop.owner, ShopFixture.order(email, Map.of(tea, 2L)))
        .expect(201).json().path("id").asText();
  }

  @Test
  void anOrderArrivesSignedWithoutPersonalDataAndItsCancellationFollows() throws Exception {
    String path = path();
    JsonNode created = register(receiver.url(path), "order.created", "order.updated");
    String secret = created.path("secret").asText();
    assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
    assertThat(created.path("secretHint").asText()).endsWith(secret.substring(secret.length() - 4));
    UUID endpointId = UUID.fromString(created.path("id").asText());

    String email = ShopFixture.email();
    String orderId = placeOrder(email);

    Received request = awaitRequests(path, 1).get(0);
    assertSigned(request, secret);
    assertThat(request.header("X-FlowPod-Event")).isEqualTo("order.created");
    assertThat(request.header("Content-Type")).startsWith("application/json");
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.path("type").asText()).isEqualTo("order.created");
    assertThat(body.path("workspaceId").asText()).isEqualTo(shop.tenantId.toString());
    assertThat(body.path("data").path("orderId").asText()).isEqualTo(orderId);
    assertThat(body.path("data").path("orderNumber").asLong()).isEqualTo(1001);
    assertThat(body.path("data").path("status").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(body.path("data").path("channel").asText()).isEqualTo("API");
    assertThat(body.path("data").path("totalMinor").asLong()).isEqualTo(990);
    assertThat(body.path("data").path("currency").asText()).isEqualTo("EUR");
    assertThat(request.body()).doesNotContain(email, "Ada", "Lovelace");

    WebhookDelivery delivery = awaitDelivery(endpointId, WebhookDelivery.Status.SUCCEEDED);
    assertThat(request.header("X-FlowPod-Delivery")).isEqualTo(delivery.id().toString());
    assertThat(delivery.eventId().toString()).isEqualTo(body.path("id").asText());

    shop.api.post("/api/v1/orders/" + orderId + "/cancel", shop.owner, Map.of("reason", "test"))
        .expect(200);
    Received update = Eventually.await("order.updated", Duration.ofSeconds(40),
        () -> receiver.at(path).stream()
            .filter(r -> "order.updated".equals(r.header("X-FlowPod-Event"))).findFirst()
            .orElse(null), found -> found != null);
    assertSigned(update, secret);
    JsonNode updated = JSON.readTree(update.body()).path("data");
    assertThat(updated.path("previousStatus").asText()).isEqualTo("PENDING_PAYMENT");
    assertThat(updated.path("status").asText()).isEqualTo("CANCELLED");

    JsonNode logBody = shop.api.get(BASE + "/" + endpointId + "/deliveries", shop.owner).expect(200)
        .json();
    JsonNode first = logBody.get(logBody.size() - 1);
    assertThat(first.path("eventType").asText()).isEqualTo("order.created");
    assertThat(first.path("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(first.path("attemptLog").get(0).path("statusCode").asInt()).isEqualTo(200);
    assertThat(first.path("attemptLog").get(0).has("durationMillis")).isTrue();
  }

  @Test
  void aFailingReceiverIsRetriedWithGrowingDelaysUnderOneDeliveryId() {
    String path = path();
    receiver.script(path, 500, 500);
    UUID endpointId = UUID.fromString(register(receiver.url(path), "order.created").path("id")
        .asText());
    placeOrder(ShopFixture.email());

    List<Received> attempts = awaitRequests(path, 3);
    WebhookDelivery delivery = awaitDelivery(endpointId, WebhookDelivery.Status.SUCCEEDED);
    assertThat(attempts).extracting(r -> r.header("X-FlowPod-Delivery"))
        .containsOnly(delivery.id().toString());
    assertThat(attempts).extracting(Received::body).containsOnly(attempts.get(0).body());
    Duration first = Duration.between(attempts.get(0).at(), attempts.get(1).at());
    Duration second = Duration.between(attempts.get(1).at(), attempts.get(2).at());
    assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(second).isGreaterThan(first).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.attemptLog()).extracting(a -> a.statusCode()).containsExactly(500, 500, 200);
    assertThat(receiver.at(path)).hasSize(3);
  }

  @Test
  void aReceiverThatNeverAnswersWellEndsFailedWithAnAuditEntry() {
    String path = path();
    receiver.script(path, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
    UUID endpointId = UUID.fromString(register(receiver.url(path), "order.created").path("id")
        .asText());
    placeOrder(ShopFixture.email());

    WebhookDelivery failed = awaitDelivery(endpointId, WebhookDelivery.Status.FAILED);
    // 1 s, 3 s, 9 s within the 15 s test window after the order: the retry after the 3rd or 4th
    // failure falls after it (depending on how soon after placing the first attempt went out).
    assertThat(failed.attempts()).isBetween(3, 4);
    assertThat(failed.attemptLog()).hasSize(failed.attempts());
    assertThat(receiver.at(path)).hasSize(failed.attempts());
    assertThat(failed.lastStatusCode()).isEqualTo(500);
    JsonNode audit = shop.api.get("/api/v1/audit-events?action=webhook.delivery-failed",
        shop.owner).expect(200).json();
    assertThat(audit.path("items").get(0).path("targetId").asText())
        .isEqualTo(failed.id().toString());
    assertThat(audit.path("items").get(0).path("detail").asText())
        .contains(endpointId.toString(), "order.created", failed.eventId().toString());
  }

  @Test
  void replayingTheSameDomainEventCreatesNoSecondDelivery() {
    String path = path();
    UUID endpointId = UUID.fromString(register(receiver.url(path), "order.created").path("id")
        .asText());
    UUID orderId = UUID.fromString(placeOrder(ShopFixture.email()));
    awaitDelivery(endpointId, WebhookDelivery.Status.SUCCEEDED);

    OrderPlaced again = new OrderPlaced(shop.tenantId, orderId, 1001, SalesChannel.API, 990, "EUR");
    // What the outbox does when it resubmits the publication: the listener runs again (here on its
    // target, synchronously, so the assertion below sees every replay's outcome).
    WebhookEventListener target = AopTestUtils.getTargetObject(listener);
    for (int i = 0; i < 3; i++) {
      target.on(again);
    }
    assertThat(log(endpointId)).hasSize(1);
    assertThat(log(endpointId).get(0).status()).isEqualTo(WebhookDelivery.Status.SUCCEEDED);
    assertThat(receiver.at(path)).hasSize(1);
  }

  @Test
  void privateLoopbackAndLinkLocalAddressesAreRefusedAtRegistration() {
    int receiverPort = receiver.port();
    List<String> refused = List.of(
        "http://127.0.0.1:" + (receiverPort == 65535 ? 1 : receiverPort + 1) + "/x",
        "http://localhost:" + receiverPort + "/x",
        "http://10.0.0.5/x",
        "http://172.16.3.4/x",
        "http://192.168.1.10/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/x",
        "http://0.0.0.0:" + receiverPort + "/x",
        "http://[::1]:" + receiverPort + "/x",
        "http://[::ffff:127.0.0.1]:" + receiverPort + "/x",
        "http://[fd00::1]/x",
        "http://[fe80::1]/x",
        "http://224.0.0.1/x",
        "ftp://example.com/x",
        "file:///etc/passwd",
        "not a url");
    for (String url : refused) {
      Response answer = shop.api.post(BASE, shop.owner, endpoint(url, "order.created"));
      assertThat(answer.status()).as(url).isEqualTo(400);
      assertThat(answer.json().path("type").asText())
          .isEqualTo("https://flowpod.io/problems/validation");
      assertThat(answer.errorFields()).as(url).containsExactly("url");
      assertThat(answer.text()).doesNotContain("Exception");
    }
    assertThat(shop.api.get(BASE, shop.owner).expect(200).json().size()).as("nothing stored")
        .isZero();
    JsonNode audit = shop.api.get("/api/v1/audit-events?action=webhook.endpoint-refused",
        shop.owner).expect(200).json();
    assertThat(audit.path("totalItems").asLong()).isEqualTo(refused.size());
  }

  @Test
  void anAddressThatTurnedPrivateAfterRegistrationIsRefusedAtDelivery() {
    String path = path();
    UUID endpointId = UUID.fromString(register(receiver.url(path), "order.created").path("id")
        .asText());
    // As if DNS now answered a loopback address: the same receiver, by a name the rule refuses.
    work.as(shop.tenantId, () -> jdbc.sql("update webhook_endpoints set url = ? where id = ?")
        .params("http://localhost:" + receiver.port() + path, endpointId).update());
    shop.api.post(BASE + "/" + endpointId + "/test", shop.owner, null).expect(202);

    WebhookDelivery delivery = Eventually.await("a refused attempt", Duration.ofSeconds(30),
        () -> log(endpointId).stream().filter(d -> d.attempts() > 0).findFirst().orElse(null),
        found -> found != null);
    assertThat(delivery.attemptLog().get(0).statusCode()).isNull();
    assertThat(delivery.attemptLog().get(0).error()).startsWith("refused");
    assertThat(receiver.at(path)).isEmpty();
  }

  @Test
  void theSecretIsShownOnlyOnCreationAndRotationAndTestsAndRedeliveriesArrive() throws Exception {
    String path = path();
    JsonNode created = register(receiver.url(path), "order.created");
    String id = created.path("id").asText();

    JsonNode one = shop.api.get(BASE + "/" + id, shop.owner).expect(200).json();
    assertThat(one.has("secret")).isFalse();
    assertThat(one.path("secretHint").asText()).startsWith("whsec_…");
    assertThat(shop.api.get(BASE, shop.owner).expect(200).text())
        .doesNotContain(created.path("secret").asText());
    Map<String, Object> replaced = endpoint(receiver.url(path), "order.created", "payment.received");
    replaced.put("enabled", true);
    JsonNode updated = shop.api.send(HttpMethod.PUT, BASE + "/" + id, shop.owner, replaced,
        Map.of()).expect(200).json();
    assertThat(updated.has("secret")).isFalse();
    assertThat(updated.path("eventTypes").toString()).contains("payment.received");

    JsonNode rotated = shop.api.post(BASE + "/" + id + "/rotate-secret", shop.owner, null)
        .expect(200).json();
    String secret = rotated.path("secret").asText();
    assertThat(secret).startsWith("whsec_").isNotEqualTo(created.path("secret").asText());

    JsonNode ping = shop.api.post(BASE + "/" + id + "/test", shop.owner, null).expect(202).json();
    assertThat(ping.path("eventType").asText()).isEqualTo("ping");
    Received received = awaitRequests(path, 1).get(0);
    assertThat(received.header("X-FlowPod-Event")).isEqualTo("ping");
    assertSigned(received, secret);

    UUID endpointId = UUID.fromString(id);
    awaitDelivery(endpointId, WebhookDelivery.Status.SUCCEEDED);
    shop.api.post(BASE + "/" + id + "/deliveries/" + ping.path("id").asText() + "/redeliver",
        shop.owner, null).expect(202);
    List<Received> both = awaitRequests(path, 2);
    assertThat(both.get(1).header("X-FlowPod-Delivery")).isEqualTo(ping.path("id").asText());
    assertThat(both.get(1).body()).isEqualTo(both.get(0).body());

    shop.api.send(HttpMethod.DELETE, BASE + "/" + id, shop.owner, null, Map.of()).expect(204);
    shop.api.get(BASE + "/" + id, shop.owner).expect(404);
  }

  @Test
  void badInputIsAProblemNamingEachFieldAndStoresNothing() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("url", "");
    body.put("description", "x".repeat(201));
    body.put("eventTypes", List.of("order.created", "order.exploded", "ping"));
    Response answer = shop.api.post(BASE, shop.owner, body).expect(400);
    assertThat(answer.errorFields()).containsExactlyInAnyOrder("url", "description",
        "eventTypes[1]", "eventTypes[2]");
    assertThat(shop.api.post(BASE, shop.owner, endpoint(receiver.url("/x"))).expect(400)
        .errorFields()).containsExactly("eventTypes");
    Map<String, Object> unknown = endpoint(receiver.url("/x"), "order.created");
    unknown.put("secret", "mine");
    shop.api.post(BASE, shop.owner, unknown).expect(400);
    assertThat(shop.api.get(BASE, shop.owner).expect(200).json().size()).isZero();
    JsonNode types = shop.api.get(BASE + "/event-types", shop.owner).expect(200).json();
    assertThat(types.findValuesAsText("type"))
        .containsExactly("order.created", "order.updated", "payment.received");
  }

  @Test
  void onlyAdminsManageWebhooks() {
    String staff = shop.member("STAFF");
    String manager = shop.member("MANAGER");
    String id = register(receiver.url(path()), "order.created").path("id").asText();
    for (String token : List.of(staff, manager)) {
      shop.api.get(BASE, token).expect(403);
      shop.api.post(BASE, token, endpoint(receiver.url("/x"), "order.created")).expect(403);
      shop.api.get(BASE + "/" + id + "/deliveries", token).expect(403);
      shop.api.post(BASE + "/" + id + "/test", token, null).expect(403);
    }
    String admin = shop.member("ADMIN");
    shop.api.get(BASE + "/" + id, admin).expect(200);
    shop.api.get(BASE, null).expect(401);
  }

  @Test
  void anotherWorkspacesEndpointsAndDeliveriesAreNotFound() {
    String theirs = register(receiver.url(path()), "order.created").path("id").asText();
    String theirDelivery = shop.api.post(BASE + "/" + theirs + "/test", shop.owner, null)
        .expect(202).json().path("id").asText();
    ShopFixture other = ShopFixture.signup(new CatalogClient(port));
    String mine = other.api.post(BASE, other.owner, endpoint(receiver.url(path()), "order.created"))
        .expect(201).json().path("id").asText();

    other.api.get(BASE + "/" + theirs, other.owner).expect(404);
    other.api.send(HttpMethod.PUT, BASE + "/" + theirs, other.owner,
        endpoint(receiver.url("/x"), "order.created"), Map.of()).expect(404);
    other.api.post(BASE + "/" + theirs + "/rotate-secret", other.owner, null).expect(404);
    other.api.get(BASE + "/" + theirs + "/deliveries", other.owner).expect(404);
    other.api.get(BASE + "/" + theirs + "/deliveries/" + theirDelivery, other.owner).expect(404);
    other.api.post(BASE + "/" + theirs + "/deliveries/" + theirDelivery + "/redeliver", other.owner,
        null).expect(404);
    other.api.post(BASE + "/" + theirs + "/test", other.owner, null).expect(404);
    other.api.send(HttpMethod.DELETE, BASE + "/" + theirs, other.owner, null, Map.of()).expect(404);
    // Their delivery id under my endpoint is not found either.
    other.api.get(BASE + "/" + mine + "/deliveries/" + theirDelivery, other.owner).expect(404);
    other.api.post(BASE + "/" + mine + "/deliveries/" + theirDelivery + "/redeliver", other.owner,
        null).expect(404);
    assertThat(other.api.get(BASE, other.owner).json().findValuesAsText("id")).containsExactly(mine);
    shop.api.get(BASE + "/" + theirs, shop.owner).expect(200);
  }
}
