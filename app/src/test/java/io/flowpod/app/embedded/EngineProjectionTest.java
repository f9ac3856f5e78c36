package io.flowpod.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowChecks;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessHistory;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenants;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded engine's projection, fed by the real engine: what an operator sees of a flow check
 * (business object, path, variables), of an incident, and that another tenant sees none of it.
 */
@FlowPodIntegrationTest
class EngineProjectionTest {

  private static final String FAILING_PROCESS = "projection-test-failing";
  private static final String FAILING_JOB = "projection-test.fail-always";

  @Autowired Tenants tenants;
  @Autowired FlowChecks flowChecks;
  @Autowired ProcessHistory history;
  @Autowired CamundaClient client;
  @Autowired MeterRegistry meters;

  @Test
  void a_completed_flow_check_shows_its_business_object_path_and_variables_to_its_tenant_only() {
    UUID tenant = TestTenants.create(tenants, "Projection").id();
    UUID other = TestTenants.create(tenants, "Elsewhere").id();
    FlowCheck check = TenantContext.callAs(tenant, () -> flowChecks.request(Duration.ofMillis(100)));

    InstanceSummary done = Eventually.await("flow check instance completed", Duration.ofSeconds(20),
        () -> history.instances(tenant, new InstanceFilter(null, null, "flow-check",
            check.id().toString(), 10)),
        list -> list.size() == 1 && list.getFirst().state() == InstanceState.COMPLETED).getFirst();

    assertThat(done.processId()).isEqualTo("platform-flow-check");
    assertThat(done.businessObject().label()).isEqualTo("Flow check " + check.id());
    assertThat(done.endedAt()).isAfterOrEqualTo(done.startedAt());
    InstanceDetail detail = history.instance(tenant, done.key()).orElseThrow();
    assertThat(detail.completedElementIds()).isNotEmpty();
    assertThat(detail.takenFlowIds()).isNotEmpty();
    assertThat(detail.variables()).containsEntry("flowCheckId", "\"" + check.id() + "\"");
    assertThat(history.diagramXml(done.processDefinitionKey())).get().asString()
        .contains("bpmndi:BPMNDiagram");

    assertThat(history.instance(other, done.key())).isEmpty();
    assertThat(history.instances(other, InstanceFilter.all(100))).isEmpty();
  }

  @Test
  void a_job_that_keeps_failing_becomes_an_incident_with_the_workers_message() {
    UUID tenant = TestTenants.create(tenants, "Incidents").id();
    UUID other = TestTenants.create(tenants, "Bystander").id();
    client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(FAILING_PROCESS)
            .startEvent().serviceTask("Task_Fail", t -> t.zeebeJobType(FAILING_JOB).zeebeJobRetries("1"))
            .endEvent().done(), FAILING_PROCESS + ".bpmn")
        .send().join();
    long key = client.newCreateInstanceCommand().bpmnProcessId(FAILING_PROCESS).latestVersion()
        .variables(Map.of("tenantId", tenant.toString(), "orderId", UUID.randomUUID().toString(),
            "orderNumber", "4711"))
        .send().join().getProcessInstanceKey();
    var job = client.newActivateJobsCommand().jobType(FAILING_JOB).maxJobsToActivate(1).send().join()
        .getJobs().getFirst();
    client.newFailCommand(job).retries(0).errorMessage("Order 4711: it broke; fix it").send().join();

    IncidentView incident = Eventually.await("incident projected", Duration.ofSeconds(10),
        () -> history.incidents(tenant, IncidentFilter.all(10)), list -> list.size() == 1).getFirst();
    assertThat(incident.processInstanceKey()).isEqualTo(key);
    assertThat(incident.elementId()).isEqualTo("Task_Fail");
    assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
    assertThat(incident.errorMessage()).isEqualTo("Order 4711: it broke; fix it");
    assertThat(incident.jobKey()).isEqualTo(job.getKey());
    assertThat(incident.businessObject().label()).isEqualTo("Order 4711");
    assertThat(history.instance(tenant, key).orElseThrow().summary().state())
        .isEqualTo(InstanceState.INCIDENT);
    assertThat(history.incidents(other, IncidentFilter.all(10))).isEmpty();
    assertThat(history.incident(other, incident.key())).isEmpty();

    List<DefinitionUsage> versions = history.definitions();
    assertThat(versions).anySatisfy(v -> {
      assertThat(v.processId()).isEqualTo(FAILING_PROCESS);
      assertThat(v.runningInstances()).isGreaterThanOrEqualTo(1);
    });

    client.newCancelInstanceCommand(key).send().join();
    Eventually.await("canceled", Duration.ofSeconds(10),
        () -> history.instance(tenant, key).orElseThrow().summary().state(),
        state -> state == InstanceState.CANCELED);
    assertThat(history.incidents(tenant, IncidentFilter.all(10))).isEmpty();

    assertThat(meters.get("flowpod.process.incidents.raised").tag("process", FAILING_PROCESS)
        .counter().count()).isEqualTo(1);
    assertThat(meters.get("flowpod.process.instances.canceled").tag("process", FAILING_PROCESS)
        .counter().count()).isEqualTo(1);
  }
}
