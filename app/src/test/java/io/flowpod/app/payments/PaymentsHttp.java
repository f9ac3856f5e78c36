package io.flowpod.app.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.support.LoopbackClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.UUID;

/** Plain HTTP against the running application, as Stripe, a customer's browser or a client sends it. */
final class PaymentsHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response with its body as text. */
  record Reply(int status, String contentType, String location, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A signed-up workspace owner. */
  record Owner(UUID tenantId, String accessToken) {}

  // Its own loopback address: sign-ups from one address would meet the per-address limit.
  private final HttpClient http = LoopbackClients.fresh();
  private final String base;

  PaymentsHttp(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A Stripe webhook delivery: the raw payload with its Stripe-Signature header (if any). */
  Reply webhook(String payload, String signature) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/webhooks/stripe"))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
        .POST(BodyPublishers.ofString(payload));
    if (signature != null) {
      request.header("Stripe-Signature", signature);
    }
    return send(request);
  }

  Reply get(String path, String token) {
    return send(authorized(HttpRequest.newBuilder(URI.create(base + path)).GET(), token));
  }

  Reply postForm(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.noBody()));
  }

  Reply postJson(String path, String token, Object body) {
    return send(json("POST", path, token, body));
  }

  Reply putJson(String path, String token, Object body) {
    return send(json("PUT", path, token, body));
  }

  Owner signUp() {
    String slug = "pay-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode body = postJson("/api/v1/auth/signup", null, io.flowpod.app.support.SignupRequests.body(
        slug, slug + "@owner.example", "correct-horse-battery")).json();
    return new Owner(UUID.fromString(body.path("tenantId").asText()), body.path("accessToken").asText());
  }

  private HttpRequest.Builder json(String method, String path, String token, Object body) {
    try {
      return authorized(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .method(method, BodyPublishers.ofString(JSON.writeValueAsString(body))), token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> settings(String provider, String secretKey, String webhookSecret) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("provider", provider);
    body.put("stripeSecretKey", secretKey);
    body.put("stripeWebhookSecret", webhookSecret);
    return body;
  }
}
