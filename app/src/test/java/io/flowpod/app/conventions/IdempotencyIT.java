package io.flowpod.app.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.identity.Role;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.idempotency.IdempotencyClaim;
import io.flowpod.domain.platform.idempotency.IdempotencyRecords;
import io.flowpod.domain.platform.idempotency.IdempotentResponse;
import io.flowpod.domain.tenancy.Tenants;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Idempotency keys on POST /api/v1/flow-checks, against the real database and engine. */
@FlowPodIntegrationTest
class IdempotencyIT {

  @Autowired WebApplicationContext context;
  @Autowired @Qualifier("idempotencyFilter") FilterRegistrationBean<? extends Filter> idempotency;
  @Autowired Tenants tenants;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired IdempotencyRecords records;

  MockMvc mvc;
  UUID tenant;

  @BeforeEach
  void setUp() {
    mvc = InProcessCalls.mvc(context, idempotency.getFilter());
    tenant = newTenant();
  }

  @Test
  void fiveConcurrentIdenticalRequestsCreateOneFlowCheck() throws Exception {
    String key = "create-" + UUID.randomUUID();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
      for (int i = 0; i < 5; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return createCheck(tenant, key, "{\"delaySeconds\": 60}");
        }));
      }
      start.countDown();
      List<MockHttpServletResponse> responses = new ArrayList<>();
      for (Future<MockHttpServletResponse> call : calls) {
        responses.add(call.get());
      }

      assertThat(responses).allSatisfy(response -> assertThat(response.getStatus()).isEqualTo(202));
      assertThat(responses).extracting(MockHttpServletResponse::getContentAsString).containsOnly(
          responses.getFirst().getContentAsString());
      assertThat(responses).extracting(r -> r.getHeader("Location")).containsOnly(
          responses.getFirst().getHeader("Location"));
      assertThat(responses).filteredOn(r -> "true".equals(r.getHeader("Idempotent-Replayed")))
          .hasSize(4);
    }
    assertThat(flowChecksOf(tenant)).isEqualTo(1);
  }

  @Test
  void aReplayAnswersTheFirstResponseAndADifferentBodyIs422() throws Exception {
    String key = "replay-" + UUID.randomUUID();
    MockHttpServletResponse first = createCheck(tenant, key, "{\"delaySeconds\": 30}");
    MockHttpServletResponse again = createCheck(tenant, key, "{ \"delaySeconds\" : 30 }");
    MockHttpServletResponse changed = createCheck(tenant, key, "{\"delaySeconds\": 31}");

    assertThat(first.getStatus()).isEqualTo(202);
    assertThat(first.getHeader("Idempotent-Replayed")).isNull();
    assertThat(again.getStatus()).isEqualTo(202);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(again.getContentType()).isEqualTo(first.getContentType());
    assertThat(changed.getStatus()).isEqualTo(422);
    assertThat(changed.getContentAsString())
        .contains("https://flowpod.io/problems/idempotency-key-reused");
    assertThat(flowChecksOf(tenant)).isEqualTo(1);
  }

  @Test
  void keysArePerTenantAndAbsentKeysDoNotDeduplicate() throws Exception {
    String key = "shared-" + UUID.randomUUID();
    UUID otherTenant = newTenant();
    MockHttpServletResponse mine = createCheck(tenant, key, "{\"delaySeconds\": 30}");
    MockHttpServletResponse theirs = createCheck(otherTenant, key, "{\"delaySeconds\": 30}");
    assertThat(theirs.getHeader("Idempotent-Replayed")).isNull();
    assertThat(theirs.getContentAsString()).isNotEqualTo(mine.getContentAsString());

    createCheck(tenant, null, "{\"delaySeconds\": 30}");
    createCheck(tenant, null, "{\"delaySeconds\": 30}");
    assertThat(flowChecksOf(tenant)).isEqualTo(3);
    assertThat(flowChecksOf(otherTenant)).isEqualTo(1);

    // And another tenant's check is not found, by the same row-level security.
    String location = mine.getHeader("Location");
    assertThat(InProcessCalls.as(otherTenant, Role.OWNER,
        () -> mvc.perform(get(location)).andReturn().getResponse().getStatus())).isEqualTo(404);
    assertThat(InProcessCalls.as(tenant, Role.STAFF,
        () -> mvc.perform(get(location)).andReturn().getResponse().getStatus())).isEqualTo(200);
  }

  @Test
  void invalidKeysAre400AndFailedRequestsLeaveTheKeyFree() throws Exception {
    MockHttpServletResponse tooLong = createCheck(tenant, "k".repeat(256), "{\"delaySeconds\": 1}");
    assertThat(tooLong.getStatus()).isEqualTo(400);
    assertThat(tooLong.getContentAsString()).contains("\"field\":\"Idempotency-Key\"");

    String key = "retry-" + UUID.randomUUID();
    assertThat(createCheck(tenant, key, "{\"delaySeconds\": 7200}").getStatus()).isEqualTo(400);
    assertThat(createCheck(tenant, key, "{\"delaySeconds\": 7200}").getStatus()).isEqualTo(400);
    assertThat(flowChecksOf(tenant)).isZero();
  }

  @Test
  void expiredKeysArePurgedForEveryTenantAndLiveOnesKept() {
    UUID otherTenant = newTenant();
    store(tenant, "expired", Duration.ofSeconds(-1));
    store(otherTenant, "expired", Duration.ofSeconds(-1));
    store(tenant, "live", Duration.ofHours(24));

    assertThat(records.purgeExpired()).isGreaterThanOrEqualTo(2);

    assertThat(claim(tenant, "expired")).isInstanceOf(IdempotencyClaim.Acquired.class);
    assertThat(claim(otherTenant, "expired")).isInstanceOf(IdempotencyClaim.Acquired.class);
    assertThat(claim(tenant, "live")).isInstanceOf(IdempotencyClaim.Replay.class);
  }

  private MockHttpServletResponse createCheck(UUID tenantId, String key, String body)
      throws Exception {
    return InProcessCalls.as(tenantId, Role.STAFF, () -> {
      var request = post("/api/v1/flow-checks").contentType(MediaType.APPLICATION_JSON)
          .content(body);
      if (key != null) {
        request.header("Idempotency-Key", key);
      }
      return mvc.perform(request).andReturn().getResponse();
    });
  }

  private void store(UUID tenantId, String key, Duration retention) {
    TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(tx -> {
      records.claim("POST /test", key, "fp", retention, Duration.ofSeconds(1));
      records.complete("POST /test", key, new IdempotentResponse(201, Map.of(), new byte[] {1}));
    }));
  }

  /** Claims and rolls back, so the probe leaves nothing behind. */
  private IdempotencyClaim claim(UUID tenantId, String key) {
    return TenantContext.callAs(tenantId, () -> transactions.execute(tx -> {
      tx.setRollbackOnly();
      return records.claim("POST /test", key, "fp", Duration.ofHours(1), Duration.ofSeconds(1));
    }));
  }

  private long flowChecksOf(UUID tenantId) {
    return TenantContext.callAs(tenantId, () -> transactions.execute(tx ->
        jdbc.sql("select count(*) from flow_checks").query(Long.class).single()));
  }

  private UUID newTenant() {
    return TestTenants.create(tenants, "idempotency").id();
  }
}
