package io.flowpod.connectors.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.flowpod.domain.webhooks.WebhookAddressPolicy;
import io.flowpod.domain.webhooks.WebhookSender;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a local HTTP server: headers and signature, no redirects, timeouts, SSRF. */
class HttpWebhookSenderTest {

  private static final Instant NOW = Instant.parse("2026-11-22T18:00:00Z");

  private HttpServer server;
  private final Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private HttpWebhookSender sender;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      seen.put(path, Map.of("body", body,
          "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-FlowPod-Signature")),
          "event", String.valueOf(exchange.getRequestHeaders().getFirst("X-FlowPod-Event")),
          "delivery", String.valueOf(exchange.getRequestHeaders().getFirst("X-FlowPod-Delivery"))));
      switch (path) {
        case "/redirect" -> {
          exchange.getResponseHeaders().add("Location", "/target");
          exchange.sendResponseHeaders(302, -1);
        }
        case "/slow" -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
        }
        default -> exchange.sendResponseHeaders(204, -1);
      }
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    WebhookAddressPolicy policy = new WebhookAddressPolicy(List.of("127.0.0.1:" + port()));
    sender = new HttpWebhookSender(policy, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(2),
        Duration.ofMillis(700));
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    sender.destroy();
    server.stop(0);
  }

  private int port() {
    return server.getAddress().getPort();
  }

  private WebhookSender.Outcome send(String url) {
    return sender.send(new WebhookSender.Request(url, "order.created",
        UUID.fromString("00000000-0000-0000-0000-000000000042"), "{\"id\":\"1\"}", "whsec_test"));
  }

  @Test
  void signsTheRawBodyWithTimestampAndNamesEventAndDelivery() {
    WebhookSender.Outcome outcome = send("http://127.0.0.1:" + port() + "/ok");
    assertThat(outcome.delivered()).isTrue();
    assertThat(outcome.statusCode()).isEqualTo(204);
    Map<String, String> request = seen.get("/ok");
    assertThat(request.get("body")).isEqualTo("{\"id\":\"1\"}");
    assertThat(request.get("event")).isEqualTo("order.created");
    assertThat(request.get("delivery")).isEqualTo("00000000-0000-0000-0000-000000000042");
    long t = NOW.getEpochSecond();
    assertThat(request.get("signature")).isEqualTo("t=" + t + ",v1="
        + WebhookSignature.hmacHex("whsec_test", t + ".{\"id\":\"1\"}"));
    // Known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
    assertThat(WebhookSignature.hmacHex("key", "The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void doesNotFollowRedirects() {
    WebhookSender.Outcome outcome = send("http://127.0.0.1:" + port() + "/redirect");
    assertThat(outcome.delivered()).isFalse();
    assertThat(outcome.statusCode()).isEqualTo(302);
    assertThat(outcome.error()).isEqualTo("redirect not followed");
    assertThat(seen).doesNotContainKey("/target");
  }

  @Test
  void aSlowReceiverTimesOut() {
    WebhookSender.Outcome outcome = send("http://127.0.0.1:" + port() + "/slow");
    assertThat(outcome.statusCode()).isNull();
    assertThat(outcome.error()).contains("Timeout");
    assertThat(outcome.durationMillis()).isBetween(600L, 5000L);
  }

  @Test
  void refusesPrivateAndLoopbackAddressesWhenItConnects() {
    for (String url : List.of("http://localhost:" + port() + "/ok", "http://127.0.0.2:" + port() + "/ok",
        "http://[::1]:" + port() + "/ok", "http://10.0.0.5/ok", "http://169.254.169.254/ok")) {
      WebhookSender.Outcome outcome = send(url);
      assertThat(outcome.statusCode()).as(url).isNull();
      assertThat(outcome.error()).as(url).startsWith("refused");
    }
    assertThat(seen).isEmpty();
  }

  @Test
  void theResolverTheClientConnectsThroughAppliesTheRuleToo() throws Exception {
    GuardedDnsResolver resolver = new GuardedDnsResolver(
        new WebhookAddressPolicy(List.of("127.0.0.1:" + port())));
    assertThat(resolver.resolve("127.0.0.1", port())).hasSize(1);
    for (String host : List.of("localhost", "127.0.0.1", "10.0.0.5", "[::1]")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolver.resolve(host, port() + 1))
          .as(host).isInstanceOf(WebhookAddressPolicy.RefusedAddressException.class);
    }
  }
}
