package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.FlowResumptionLog;
import io.flowpod.domain.platform.flows.FlowResumptionLog.Outcome;
import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import io.flowpod.domain.platform.flows.SupersededOutbox;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode only: the in-memory engine starts empty, so after deployment every resumable flow's
 * in-flight records re-enter their process at the element their state implies. Every decision is
 * written to the tenant's resumption log, where operators find what could not be resumed. In cluster
 * mode the engine keeps its own state and this runner does not exist.
 */
@Component
@Order(ProcessDeployer.ORDER + 10)
@ConditionalOnProperty(name = "flowpod.mode", havingValue = "embedded", matchIfMissing = true)
class FlowResumer implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FlowResumer.class);

  private final CamundaClient client;
  private final Tenants tenants;
  private final List<ResumableFlow> flows;
  private final FlowResumptionLog resumptionLog;
  private final SupersededOutbox supersededOutbox;
  // Created before the web server accepts requests: outbox entries older than this are from the last run.
  private final Instant startedAt = Instant.now();

  FlowResumer(CamundaClient client, Tenants tenants, List<ResumableFlow> flows,
      FlowResumptionLog resumptionLog, SupersededOutbox supersededOutbox) {
    this.client = client;
    this.tenants = tenants;
    this.flows = flows;
    this.resumptionLog = resumptionLog;
    this.supersededOutbox = supersededOutbox;
  }

  @Override
  public void run(ApplicationArguments args) {
    int discarded = supersededOutbox.discardUndeliveredBefore(startedAt);
    int resumed = 0;
    int notResumable = 0;
    for (UUID tenantId : tenants.activeTenantIds()) {
      for (ResumableFlow flow : flows) {
        List<Resumption> records = TenantContext.callAs(tenantId, flow::inFlightRecords);
        for (Resumption record : records) {
          boolean ok = TenantContext.callAs(tenantId, () -> resume(flow.processId(), record));
          if (ok) resumed++; else notResumable++;
        }
      }
    }
    log.info("Flow resumption: {} records resumed, {} need an operator, {} stale outbox entries discarded",
        resumed, notResumable, discarded);
  }

  private boolean resume(String processId, Resumption record) {
    switch (record) {
      case Resumption.ResumeAt at -> {
        try {
          client.newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(at.variables())
              .startBeforeElement(at.elementId())
              .send()
              .join();
          resumptionLog.record(processId, at.businessObject(), Outcome.RESUMED, at.elementId(), null);
          return true;
        } catch (RuntimeException e) {
          log.warn("Could not resume {} of {} at {}: {}", at.businessObject(), processId,
              at.elementId(), e.getMessage());
          resumptionLog.record(processId, at.businessObject(), Outcome.FAILED, at.elementId(),
              "Engine refused to start the instance: " + e.getMessage());
          return false;
        }
      }
      case Resumption.NotResumable not -> {
        resumptionLog.record(processId, not.businessObject(), Outcome.NOT_RESUMABLE, null, not.reason());
        return false;
      }
    }
  }
}
