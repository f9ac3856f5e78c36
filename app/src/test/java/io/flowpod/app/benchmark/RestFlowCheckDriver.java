package io.flowpod.app.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * FlowPod's public path: a tenant signs up (POST /api/v1/auth/signup), then every check is
 * POST /api/v1/flow-checks and polled with GET /api/v1/flow-checks/{id}, as a user's client would.
 * A 429 is waited out as its Retry-After says and counted, so a rate limit shows in the report.
 */
final class RestFlowCheckDriver implements FlowCheckDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_RATE_LIMITED_RETRIES = 5;

  private final HttpClient http;
  private final URI base;
  private final String bearer;
  private final AtomicInteger rateLimited = new AtomicInteger();

  private RestFlowCheckDriver(HttpClient http, URI base, String accessToken) {
    this.http = http;
    this.base = base;
    this.bearer = "Bearer " + accessToken;
  }

  /** Signs up a fresh tenant and checks that the flow-check API answers; empty with the reason printed if not. */
  static Optional<RestFlowCheckDriver> signUp(URI base) throws Exception {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String body = JSON.writeValueAsString(Map.of(
        "workspaceName", "Benchmark " + slug,
        "workspaceSlug", slug,
        "timeZone", "UTC",
        "currency", "EUR",
        "locale", "en",
        "ownerName", "Benchmark Owner",
        "email", slug + "@benchmark.flowpod.local",
        "password", "benchmark-password-1"));
    HttpResponse<String> signup = http.send(
        HttpRequest.newBuilder(base.resolve("/api/v1/auth/signup"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    if (signup.statusCode() != 201) {
      System.out.println("  POST /api/v1/auth/signup answered " + signup.statusCode() + ": REST path unavailable");
      return Optional.empty();
    }
    RestFlowCheckDriver driver =
        new RestFlowCheckDriver(http, base, JSON.readTree(signup.body()).path("accessToken").asText());
    try {
      driver.request();
      return Optional.of(driver);
    } catch (IOException | IllegalStateException e) {
      System.out.println("  POST /api/v1/flow-checks failed (" + e.getMessage() + "): REST path unavailable");
      return Optional.empty();
    }
  }

  @Override
  public String path() {
    return "REST -> domain -> outbox -> engine -> timer -> worker -> DB";
  }

  @Override
  public UUID request() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/api/v1/flow-checks"))
        .header("Authorization", bearer)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"delaySeconds\":0}")), 202);
    return UUID.fromString(JSON.readTree(response.body()).path("id").asText());
  }

  @Override
  public Optional<Instant> completedAt(UUID id) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/api/v1/flow-checks/" + id))
        .header("Authorization", bearer)
        .GET(), 200);
    JsonNode check = JSON.readTree(response.body());
    return "COMPLETED".equals(check.path("status").asText())
        ? Optional.of(Instant.parse(check.path("completedAt").asText()))
        : Optional.empty();
  }

  int rateLimitedResponses() {
    return rateLimited.get();
  }

  private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
    HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == expected) {
        return response;
      }
      if (response.statusCode() == 429 && attempt < MAX_RATE_LIMITED_RETRIES) {
        rateLimited.incrementAndGet();
        long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
        Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))));
        continue;
      }
      throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
          + response.statusCode());
    }
  }
}
