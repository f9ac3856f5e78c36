package io.flowpod.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowCheckStatus;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The foundation's smoke story: the application starts in embedded mode, deploys its processes, and a
 * flow check travels domain -> outbox -> engine (message start, timer) -> worker -> database.
 */
@FlowPodIntegrationTest
class FlowCheckPipelineTest {

  @Autowired Tenants tenants;
  @Autowired FlowChecks flowChecks;
  @Autowired TestRestTemplate http;

  @Test
  void readiness_reports_the_deployed_processes_and_every_component() {
    @SuppressWarnings("unchecked")
    Map<String, Object> health = http.getForObject("/actuator/health", Map.class);
    assertThat(health).containsEntry("status", "UP");
    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) health.get("components");
    assertThat(components).containsKeys("db", "redis", "engine", "processes");
  }

  @Test
  void a_flow_check_completes_through_outbox_engine_timer_and_worker() {
    UUID tenant = TestTenants.create(tenants, "Pipeline").id();

    FlowCheck requested = TenantContext.callAs(tenant, () -> flowChecks.request(Duration.ofSeconds(1)));
    assertThat(requested.status()).isEqualTo(FlowCheckStatus.REQUESTED);

    FlowCheck done = Eventually.await("flow check completed", Duration.ofSeconds(20),
        () -> TenantContext.callAs(tenant, () -> flowChecks.find(requested.id()).orElseThrow()),
        check -> check.status() == FlowCheckStatus.COMPLETED);
    assertThat(done.completedAt()).isAfterOrEqualTo(requested.dueAt());
  }

  @Test
  void another_tenant_cannot_see_a_flow_check() {
    UUID owner = TestTenants.create(tenants, "Owner").id();
    UUID other = TestTenants.create(tenants, "Other").id();
    FlowCheck check = TenantContext.callAs(owner, () -> flowChecks.request(Duration.ofHours(1)));

    assertThat(TenantContext.callAs(other, () -> flowChecks.find(check.id()))).isEmpty();
    assertThat(flowChecks.find(check.id())).as("no tenant set sees nothing").isEmpty();
  }
}
