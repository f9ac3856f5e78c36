package io.flowpod.app.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.api.ratelimit.RateLimitProperties;
import io.flowpod.app.support.FlowPodIntegrationTest;
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

  private HttpRequest badLogin() {
    return LoopbackClients.request(port, "/api/v1/auth/login")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"victim@example.com\", "))
        .build();
  }
}
