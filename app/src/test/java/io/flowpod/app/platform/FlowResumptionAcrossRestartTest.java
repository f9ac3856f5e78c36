package io.flowpod.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.FlowPodApplication;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowCheckStatus;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.FlowResumptionLog;
import io.flowpod.domain.platform.flows.FlowResumptionLog.Outcome;
import io.flowpod.domain.tenancy.Tenants;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded engine forgets everything when FlowPod stops. A record that was mid-flow must continue
 * after a restart: here a flow check waiting on its timer is stopped with FlowPod, and the next start
 * resumes it at the timer with the recorded due time, so it completes and the log says so.
 */
class FlowResumptionAcrossRestartTest {

  @TempDir Path dataDir;

  @Test
  void a_check_waiting_on_its_timer_when_flowpod_stops_completes_after_the_next_start() {
    UUID tenant;
    UUID checkId;
    try (ConfigurableApplicationContext first = start()) {
      tenant = TestTenants.create(first.getBean(Tenants.class), "Restart").id();
      FlowChecks checks = first.getBean(FlowChecks.class);
      FlowCheck check = TenantContext.callAs(tenant, () -> checks.request(Duration.ofSeconds(4)));
      checkId = check.id();
      // The instance exists and waits on its timer before we pull the plug.
      Eventually.await("message correlated", Duration.ofSeconds(10),
          () -> first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
              .sql("select count(*) from event_publication where completion_date is not null")
              .query(Long.class).single(),
          completed -> completed > 0);
    }

    try (ConfigurableApplicationContext second = start()) {
      FlowChecks checks = second.getBean(FlowChecks.class);
      FlowCheck done = Eventually.await("resumed check completed", Duration.ofSeconds(20),
          () -> TenantContext.callAs(tenant, () -> checks.find(checkId).orElseThrow()),
          check -> check.status() == FlowCheckStatus.COMPLETED);
      assertThat(done.completedAt()).isAfterOrEqualTo(done.dueAt());

      var log = TenantContext.callAs(tenant, () -> second.getBean(FlowResumptionLog.class).latest(10));
      assertThat(log).singleElement().satisfies(entry -> {
        assertThat(entry.outcome()).isEqualTo(Outcome.RESUMED);
        assertThat(entry.elementId()).isEqualTo("Timer_WaitUntilDue");
        assertThat(entry.businessObject()).contains(checkId.toString());
      });
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(FlowPodApplication.class).run(
        "--server.port=0",
        "--flowpod.embedded.zeebe-port=0",
        "--flowpod.embedded.data-dir=" + dataDir,
        "--flowpod.demo.enabled=false");
  }
}
