package io.flowpod.processes.platform;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.flowpod.processes.support.ProcessScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class PlatformFlowCheckProcessTest {

  private static final String PROCESS = "platform-flow-check";
  private static final String REQUESTED = "platform.flow-check-requested";
  private static final String COMPLETE_JOB = "platform.complete-flow-check";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client).deployed("bpmn/platform/platform-flow-check.bpmn");
  }

  @Test
  void a_requested_check_waits_until_due_then_is_completed_by_its_worker() {
    // given a check due in one hour
    scenario.messagePublished(REQUESTED, "check-1", "flow-check-requested:check-1",
        variables("check-1", Instant.now().plus(Duration.ofHours(1))));
    InspectedProcessInstance instance = lastInstance();

    // then it waits on the timer and no worker is asked yet
    assertThat(instance).isWaitingAtElements("Timer_WaitUntilDue");
    assertThat(scenario.jobsOfType(COMPLETE_JOB)).isEmpty();

    // when the due time passes and the worker completes its job
    scenario.timePassed(Duration.ofHours(2));
    ActivatedJob job = scenario.singleJobOfType(COMPLETE_JOB);
    assertThat(job.getVariablesAsMap()).containsEntry("flowCheckId", "check-1");
    scenario.completed(job, Map.of());

    // then the check ends completed
    assertThat(instance).hasPassedElementsInOrder(
        "StartEvent_FlowCheckRequested", "Timer_WaitUntilDue", "Task_CompleteFlowCheck",
        "EndEvent_FlowCheckCompleted").isCompleted();
  }

  @Test
  void a_redelivered_request_with_the_same_message_id_starts_no_second_instance() {
    Map<String, Object> variables = variables("check-2", Instant.now().plus(Duration.ofHours(1)));
    scenario.messagePublished(REQUESTED, "check-2", "flow-check-requested:check-2", variables);

    // when the outbox delivers the same event again while the first instance waits
    try {
      scenario.messagePublished(REQUESTED, "check-2", "flow-check-requested:check-2", variables);
    } catch (RuntimeException alreadyPublished) {
      // the engine may refuse the duplicate id outright; either way no second instance may exist
    }

    // then exactly one instance waits for the check
    scenario.timePassed(Duration.ofHours(2));
    assertThat(scenario.jobsOfType(COMPLETE_JOB)).hasSize(1);
  }

  @Test
  void a_resumed_check_whose_due_time_has_passed_is_completed_at_once() {
    // given an embedded restart resumes a check at its timer, with the recorded due time in the past
    long key = scenario.startedBefore(PROCESS, "Timer_WaitUntilDue",
        variables("check-3", Instant.now().minus(Duration.ofMinutes(5))));

    // then the timer fires without waiting and the worker is asked to complete it
    ActivatedJob job = scenario.awaitJobOfType(COMPLETE_JOB, Duration.ofSeconds(10));
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    scenario.completed(job, Map.of());
  }

  @Test
  void a_failing_worker_raises_an_incident_when_retries_run_out() {
    scenario.messagePublished(REQUESTED, "check-4", "flow-check-requested:check-4",
        variables("check-4", Instant.now()));
    InspectedProcessInstance instance = lastInstance();

    ActivatedJob job = scenario.awaitJobOfType(COMPLETE_JOB, Duration.ofSeconds(10));
    scenario.failed(job, 0, "database unavailable");

    assertThat(instance).hasAnyIncidents().isActive();
  }

  private static Map<String, Object> variables(String checkId, Instant dueAt) {
    return Map.of("tenantId", "tenant-a", "flowCheckId", checkId, "dueAt", dueAt.toString());
  }

  private static InspectedProcessInstance lastInstance() {
    return InspectionUtility.findProcessInstances().findLastProcessInstance().orElseThrow();
  }
}
