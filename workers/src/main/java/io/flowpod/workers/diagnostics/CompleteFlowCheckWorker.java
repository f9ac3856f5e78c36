package io.flowpod.workers.diagnostics;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.diagnostics.FlowCheckProcess;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Marks the flow check completed; idempotent, so a redelivered job changes nothing. Public because
 * the Camunda starter invokes worker methods reflectively.
 */
@Component
public class CompleteFlowCheckWorker {

  private final FlowChecks flowChecks;

  CompleteFlowCheckWorker(FlowChecks flowChecks) {
    this.flowChecks = flowChecks;
  }

  @JobWorker(type = FlowCheckProcess.COMPLETE_JOB)
  public void complete(@Variable String tenantId, @Variable String flowCheckId) {
    TenantContext.runAs(UUID.fromString(tenantId), () ->
        flowChecks.complete(UUID.fromString(flowCheckId))
            .orElseThrow(() -> new IllegalStateException("Flow check " + flowCheckId + " not found")));
  }
}
