package io.flowpod.app.benchmark;

import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowCheckStatus;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * The same path without HTTP, for a FlowPod that has no sign-up or flow-check API yet: a tenant is
 * created through the tenant registry and the domain service is called in that tenant's context.
 */
final class DomainFlowCheckDriver implements FlowCheckDriver {

  private final FlowChecks flowChecks;
  private final UUID tenantId;

  DomainFlowCheckDriver(ApplicationContext app) {
    this.flowChecks = app.getBean(FlowChecks.class);
    this.tenantId = TestTenants.create(app.getBean(Tenants.class), "benchmark").id();
  }

  @Override
  public String path() {
    return "domain -> outbox -> engine -> timer -> worker -> DB (no HTTP)";
  }

  @Override
  public UUID request() {
    return TenantContext.callAs(tenantId, () -> flowChecks.request(Duration.ZERO).id());
  }

  @Override
  public Optional<Instant> completedAt(UUID id) {
    FlowCheck check = TenantContext.callAs(tenantId, () -> flowChecks.find(id))
        .orElseThrow(() -> new IllegalStateException("flow check " + id + " not found"));
    return check.status() == FlowCheckStatus.COMPLETED ? Optional.of(check.completedAt()) : Optional.empty();
  }
}
