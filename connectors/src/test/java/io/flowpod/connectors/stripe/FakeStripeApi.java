package io.flowpod.connectors.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the parts of Stripe's API FlowPod calls, speaking its wire format (form-encoded
 * requests with bracketed keys, JSON objects, bearer secret key): POST /v1/checkout/sessions,
 * GET /v1/checkout/sessions/{id}, POST /v1/refunds. Like Stripe, a repeated Idempotency-Key answers
 * the first response and creates nothing; {@link #sessionsCreated()} and {@link #refundsCreated()}
 * count real creations. Shared by connectors and app tests (test-jar).
 */
public final class FakeStripeApi implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, String> replies = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> sessions = new ConcurrentHashMap<>();
  private final List<Map<String, String>> sessionRequests = new CopyOnWriteArrayList<>();
  private final List<String> apiKeys = new CopyOnWriteArrayList<>();
  private final AtomicInteger sessionsCreated = new AtomicInteger();
  private final AtomicInteger refundsCreated = new AtomicInteger();
  private final List<String> refundRequests = new CopyOnWriteArrayList<>();

  private FakeStripeApi(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free loopback port. */
  public static FakeStripeApi start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FakeStripeApi fake = new FakeStripeApi(server);
      server.createContext("/v1/", fake::handle);
      server.setExecutor(Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, "fake-stripe-api");
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For {@code flowpod.stripe.api-base}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int sessionsCreated() {
    return sessionsCreated.get();
  }

  public int refundsCreated() {
    return refundsCreated.get();
  }

  /** Sessions created for a payable (metadata flowpod_payable_id). */
  public long sessionsCreatedFor(Object payableId) {
    return sessionRequests.stream()
        .filter(form -> String.valueOf(payableId).equals(form.get("metadata[flowpod_payable_id]")))
        .count();
  }

  /** The form fields of the (first) session creation for a payable, or null. */
  public Map<String, String> sessionRequestFor(Object payableId) {
    return sessionRequests.stream()
        .filter(form -> String.valueOf(payableId).equals(form.get("metadata[flowpod_payable_id]")))
        .findFirst().orElse(null);
  }

  /** Refunds created for a payment intent. */
  public long refundsCreatedFor(String paymentIntentId) {
    return refundRequests.stream().filter(paymentIntentId::equals).count();
  }

  /** The form fields of every session creation Stripe processed, in order (replays excluded). */
  public List<Map<String, String>> sessionRequests() {
    return List.copyOf(sessionRequests);
  }

  /** The secret keys of all calls, in order. */
  public List<String> apiKeys() {
    return List.copyOf(apiKeys);
  }

  /** What Stripe would answer for the session, or null. */
  public Map<String, Object> session(String id) {
    return sessions.get(id);
  }

  /** The customer paid: the session completes with a new payment intent, whose id is answered. */
  public String pay(String sessionId) {
    Map<String, Object> session = sessions.get(sessionId);
    String paymentIntent = "pi_" + random();
    session.put("status", "complete");
    session.put("payment_status", "paid");
    session.put("payment_intent", paymentIntent);
    return paymentIntent;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      apiKeys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
          .replaceFirst("^Bearer ", ""));
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
        idempotent(exchange, () -> createSession(form));
      } else if (method.equals("POST") && path.startsWith("/v1/checkout/sessions/")
          && path.endsWith("/expire")) {
        expire(exchange, path.substring("/v1/checkout/sessions/".length(),
            path.length() - "/expire".length()));
      } else if (method.equals("GET") && path.startsWith("/v1/checkout/sessions/")) {
        Map<String, Object> session = sessions.get(path.substring("/v1/checkout/sessions/".length()));
        if (session == null) {
          reply(exchange, 404, error("resource_missing", "No such checkout.session"));
        } else {
          reply(exchange, 200, JSON.writeValueAsString(session));
        }
      } else if (method.equals("POST") && path.equals("/v1/refunds")) {
        idempotent(exchange, () -> createRefund(form));
      } else {
        reply(exchange, 404, error("resource_missing", "Unrecognized request URL"));
      }
    }
  }

  /** Like Stripe: only an open session can be expired. */
  private void expire(HttpExchange exchange, String id) throws IOException {
    Map<String, Object> session = sessions.get(id);
    if (session == null) {
      reply(exchange, 404, error("resource_missing", "No such checkout.session"));
    } else if (!"open".equals(session.get("status"))) {
      reply(exchange, 400, error("checkout_session_not_open",
          "Only Checkout Sessions with a status in [\"open\"] can be expired."));
    } else {
      session.put("status", "expired");
      reply(exchange, 200, JSON.writeValueAsString(session));
    }
  }

  private interface Creation {
    String create() throws IOException;
  }

  private void idempotent(HttpExchange exchange, Creation creation) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String body;
    if (key == null) {
      body = creation.create();
    } else {
      synchronized (replies) {
        body = replies.get(key);
        if (body == null) {
          body = creation.create();
          replies.put(key, body);
        } else {
          exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
        }
      }
    }
    reply(exchange, 200, body);
  }

  private String createSession(Map<String, String> form) throws IOException {
    sessionRequests.add(form);
    sessionsCreated.incrementAndGet();
    String id = "cs_test_" + random();
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("id", id);
    session.put("object", "checkout.session");
    session.put("mode", form.get("mode"));
    session.put("status", "open");
    session.put("payment_status", "unpaid");
    session.put("payment_intent", null);
    session.put("amount_total", Long.parseLong(form.get("line_items[0][price_data][unit_amount]")));
    session.put("currency", form.get("line_items[0][price_data][currency]"));
    session.put("expires_at", Long.parseLong(form.get("expires_at")));
    session.put("success_url", form.get("success_url"));
    session.put("cancel_url", form.get("cancel_url"));
    session.put("url", "https://checkout.stripe.test/c/pay/" + id);
    session.put("metadata", prefixed(form, "metadata["));
    sessions.put(id, session);
    return JSON.writeValueAsString(session);
  }

  private String createRefund(Map<String, String> form) throws IOException {
    refundsCreated.incrementAndGet();
    refundRequests.add(form.get("payment_intent"));
    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("id", "re_" + random());
    refund.put("object", "refund");
    refund.put("payment_intent", form.get("payment_intent"));
    refund.put("status", "succeeded");
    return JSON.writeValueAsString(refund);
  }

  private static Map<String, String> prefixed(Map<String, String> form, String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    form.forEach((k, v) -> {
      if (k.startsWith(prefix) && k.endsWith("]")) {
        values.put(k.substring(prefix.length(), k.length() - 1), v);
      }
    });
    return values;
  }

  private static Map<String, String> form(String body) {
    Map<String, String> values = new LinkedHashMap<>();
    if (!body.isEmpty()) {
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static String error(String code, String message) throws IOException {
    return JSON.writeValueAsString(Map.of("error",
        Map.of("type", "invalid_request_error", "code", code, "message", message)));
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Request-Id", "req_" + random());
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String random() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
