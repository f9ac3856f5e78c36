package io.flowpod.api.ratelimit;

import static io.flowpod.api.conventions.Callers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.api.conventions.SampleController;
import io.flowpod.domain.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The slice's Redis client points at a closed port: every limit runs its Redis-down behaviour. */
@ConventionsWebTest
@Import(SampleController.class)
@TestPropertySource(properties = {
    "flowpod.ratelimit.enabled=true",
    "flowpod.ratelimit.public-api.capacity=3",
    "flowpod.ratelimit.tenant.capacity=2",
    "flowpod.ratelimit.redis-retry-after=30s"})
class RedisDownRateLimitTest {

  @Autowired MockMvc mvc;

  @Test
  void authPathsFailClosedWith503AndRetryAfter() throws Exception {
    mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\": \"a@b.c\", \"password\": \"pw\"}")
            .with(remote("10.1.0.1")))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/service-unavailable"));
  }

  @Test
  void publicPathsFallBackToAnInProcessLimitPerClient() throws Exception {
    for (int remaining = 2; remaining >= 0; remaining--) {
      mvc.perform(get("/api/v1/public/ping").with(remote("10.2.0.1")))
          .andExpect(status().isOk())
          .andExpect(header().string("RateLimit-Limit", "3"))
          .andExpect(header().string("RateLimit-Remaining", Integer.toString(remaining)))
          .andExpect(header().exists("RateLimit-Reset"));
    }
    mvc.perform(get("/api/v1/public/ping").with(remote("10.2.0.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("RateLimit-Remaining", "0"))
        .andExpect(header().string("Retry-After", "20"))
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/rate-limited"));
    mvc.perform(get("/api/v1/public/ping").with(remote("10.2.0.2")))
        .andExpect(status().isOk());
  }

  @Test
  void forwardedForIsIgnoredUnlessTrusted() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/api/v1/public/ping").with(remote("10.3.0.1"))
              .header("X-Forwarded-For", "192.0.2." + i))
          .andExpect(status().isOk());
    }
    mvc.perform(get("/api/v1/public/ping").with(remote("10.3.0.1"))
            .header("X-Forwarded-For", "192.0.2.99"))
        .andExpect(status().isTooManyRequests());
  }

  @Test
  void theTenantApiFallsBackToAnInProcessLimitPerTenant() throws Exception {
    UUID tenant = UUID.randomUUID();
    for (int i = 0; i < 2; i++) {
      mvc.perform(get("/api/v1/samples/log-context").with(as(tenant, Role.STAFF)))
          .andExpect(status().isOk())
          .andExpect(header().string("RateLimit-Limit", "2"));
    }
    mvc.perform(get("/api/v1/samples/log-context").with(as(tenant, Role.OWNER)))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(get("/api/v1/samples/log-context").with(as(UUID.randomUUID(), Role.STAFF)))
        .andExpect(status().isOk());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
