package io.flowpod.app.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.api.ratelimit.RateLimitProperties;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.LoopbackClients;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Per-address limits on the auth paths, kept in the real (embedded) Redis. */
@FlowPodIntegrationTest
class RateLimitIT {

  @LocalServerPort int port;
  @Autowired RateLimitProperties limits;

  @Test
  void hammeringLoginFromOneAddressEndsIn429WithRateLimitHeaders() {
    HttpClient attacker = LoopbackClients.fresh();
    long attempts = Math.max(limits.getAuth().getCapacity(), limits.getLoginIp().getCapacity()) + 2;
    HttpResponse<String> response = null;
    for (int i = 0; i < attempts; i++) {
      response = LoopbackClients.send(attacker, badLogin());
      if (response.statusCode() == 429) {
        break;
      }
      assertThat(response.headers().firstValueAsLong("RateLimit-Limit")).isPresent();
      assertThat(response.headers().firstValueAsLong("RateLimit-Remaining")).isPresent();
      assertThat(response.headers().firstValueAsLong("RateLimit-Reset")).isPresent();
    }

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("RateLimit-Remaining")).hasValue("0");
    assertThat(response.headers().firstValueAsLong("Retry-After").orElseThrow()).isBetween(1L, 60L);
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    assertThat(response.body()).contains("\"type\":\"https://flowpod.io/problems/rate-limited\"")
        .contains("\"status\":429");

    // Another client address still gets through.
    assertThat(LoopbackClients.send(LoopbackClients.fresh(), badLogin()).statusCode())
        .isNotEqualTo(429);
  }

  @Test
  void aWorkspaceThatUsesUpItsApiBudgetGets429WhileAnotherWorkspaceCarriesOn() throws Exception {
    String busy = signUp("busy");
    String quiet = signUp("quiet");
    long budget = limits.getTenant().getCapacity();

    HttpResponse<String> response = null;
    // The bucket refills gradually (budget per minute), so a few requests more than the budget.
    for (long i = 0; i <= budget + budget / 10; i++) {
      response = LoopbackClients.send(LoopbackClients.fresh(), me(busy));
      if (response.statusCode() == 429) {
        break;
      }
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValueAsLong("RateLimit-Limit")).hasValue(budget);
    }

    assertThat(response.statusCode()).as("the tenant's budget is shared by all its addresses").isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(LoopbackClients.send(LoopbackClients.fresh(), me(quiet)).statusCode()).isEqualTo(200);
  }

  private String signUp(String label) throws Exception {
    String slug = label + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String body = """
        {"workspaceName": "%1$s", "workspaceSlug": "%1$s", "timeZone": "Europe/Rome", "currency": "EUR",
         "locale": "en", "ownerName": "Owner", "email": "owner@%1$s.example", "password": "correct-horse-battery"}
        """.formatted(slug);
    HttpResponse<String> response = LoopbackClients.send(LoopbackClients.fresh(),
        LoopbackClients.request(port, "/api/v1/auth/signup").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("accessToken").asText();
  }

  private HttpRequest me(String accessToken) {
    return LoopbackClients.request(port, "/api/v1/auth/me")
        .header("Authorization", "Bearer " + accessToken).GET().build();
  }

  private HttpRequest badLogin() {
    return LoopbackClients.request(port, "/api/v1/auth/login")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"victim@example.com\", "))
        .build();
  }
}
