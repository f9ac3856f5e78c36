package io.flowpod.processes.privacy;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class GdprDataRequestProcessTest {

  private static final String RECEIVED = "data-request.received";
  private static final String VERIFIED = "data-request.identity-verified";
  private static final String EXTENDED = "data-request.extended";
  private static final String PREPARE_MESSAGE = "messaging.prepare-message";
  private static final String USER_TASK = "io.camunda.zeebe:userTask";
  private static final String REQUEST = "req-1";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;
  private InspectedProcessInstance instance;

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client).deployed(
        "bpmn/privacy/gdpr-data-request.bpmn", "bpmn/messaging/notify-customer.bpmn");
  }

  @Test
  void access_verified_by_link_exports_sends_the_link_and_records_completion() {
    received("ACCESS");
    notified("data-request.verify-identity");
    assertThat(instance).isWaitingAtElements("Gateway_AwaitVerification", "Gateway_AwaitClock");

    verified();
    ActivatedJob export = scenario.singleJobOfType("privacy.prepare-export");
    assertThat(export.getVariablesAsMap()).containsEntry("dataRequestId", REQUEST);
    scenario.completed(export, Map.of());
    notified("data-request.export-ready");
    completeJob("privacy.complete-request");

    assertThat(instance).hasPassedElementsInOrder("CallActivity_SendVerificationLink",
        "Catch_IdentityVerified", "Task_PrepareExport", "CallActivity_NotifyExportReady",
        "Task_CompleteRequest", "EndEvent_Answered").isCompleted();
  }

  @Test
  void rectification_verified_while_the_link_is_being_sent_waits_for_staff_corrections() {
    received("RECTIFICATION");
    // staff verify in person before the link's message has gone out
    verified();
    assertThat(instance).hasPassedElementsInOrder("Boundary_VerifiedDuringSend");

    ActivatedJob task = userTask("Task_ApplyRectification");
    assertThat(task.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey",
        "data-request-rectification");
    scenario.completed(task, Map.of());
    notified("data-request.rectified");
    completeJob("privacy.complete-request");

    assertThat(instance).hasPassedElementsInOrder("Task_ApplyRectification",
        "CallActivity_NotifyRectified", "Task_CompleteRequest", "EndEvent_Answered").isCompleted();
  }

  @Test
  void erasure_tells_the_customer_before_erasing_then_ends_erased() {
    received("ERASURE");
    notified("data-request.verify-identity");
    verified();

    ActivatedJob notice = scenario.singleJobOfType(PREPARE_MESSAGE);
    assertThat(notice.getVariablesAsMap()).containsEntry("messageTemplate",
        "data-request.erasure-confirmed");
    assertThat(scenario.jobsOfType("privacy.erase-personal-data"))
        .as("nothing is erased before the customer was told").isEmpty();
    Map<String, Object> sendNow = new HashMap<>();
    sendNow.put("deliveryNeeded", true);
    sendNow.put("sendAt", null);
    scenario.completed(notice, sendNow);
    completeJob("messaging.deliver-message");

    completeJob("privacy.erase-personal-data");
    assertThat(instance).hasPassedElementsInOrder("CallActivity_NotifyErasure",
        "Task_ErasePersonalData", "EndEvent_Erased").isCompleted();
  }

  @Test
  void an_unverified_request_is_rejected_when_the_verification_period_ends() {
    received("ERASURE");
    notified("data-request.verify-identity");

    scenario.timePassed(Duration.ofDays(15));
    completeJob("privacy.reject-unverified-request");

    assertThat(instance).hasPassedElementsInOrder("Timer_VerificationExpired",
        "Task_RejectUnverified", "EndEvent_Rejected").isCompleted();
    assertThat(instance).hasNotPassedElement("Task_ErasePersonalData");
  }

  @Test
  void five_days_before_the_deadline_staff_get_a_task_naming_the_request() {
    received("ACCESS");
    notified("data-request.verify-identity");
    verified();

    scenario.timePassed(Duration.ofDays(26));
    ActivatedJob escalation = userTask("Task_EscalateDeadline");
    assertThat(escalation.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey",
        "data-request-deadline");
    assertThat(escalation.getVariablesAsMap()).containsEntry("dataRequestId", REQUEST);
    // the work itself goes on meanwhile
    assertThat(instance).isWaitingAtElements("Task_PrepareExport", "Task_EscalateDeadline");

    scenario.completed(escalation, Map.of());
    assertThat(instance).isWaitingAtElements("Catch_ExtendedAfterEscalation");
  }

  @Test
  void an_extension_sends_the_notice_and_moves_the_escalation_to_the_new_deadline() {
    received("ACCESS");
    notified("data-request.verify-identity");
    verified();

    Instant newDue = Instant.now().plus(Duration.ofDays(90));
    extended(newDue);
    notified("data-request.extension-notice");
    assertThat(instance).hasPassedElementsInOrder("Gateway_ClockLoop", "Catch_Extended",
        "CallActivity_NotifyExtension", "Gateway_ClockLoop");

    // the old escalation date passes without a task
    scenario.timePassed(Duration.ofDays(27));
    assertThat(userTasks("Task_EscalateDeadline")).isEmpty();

    // the new one brings it
    scenario.timePassed(Duration.ofDays(60));
    assertThat(userTasks("Task_EscalateDeadline")).hasSize(1);
  }

  @Test
  void an_extension_while_the_escalation_task_is_open_replaces_it_with_the_notice() {
    received("RECTIFICATION");
    notified("data-request.verify-identity");
    verified();
    scenario.timePassed(Duration.ofDays(26));
    assertThat(userTasks("Task_EscalateDeadline")).hasSize(1);

    extended(Instant.now().plus(Duration.ofDays(90)));
    notified("data-request.extension-notice");

    assertThat(instance).hasPassedElementsInOrder("Boundary_ExtendedDuringEscalation",
        "CallActivity_NotifyExtension");
    assertThat(instance).isWaitingAtElements("Task_ApplyRectification", "Gateway_AwaitClock");
  }

  @Test
  void a_verified_request_resumed_after_a_restart_skips_verification_and_keeps_its_clock() {
    Instant due = Instant.now().plus(Duration.ofDays(3));
    long key = scenario.startedBefore("gdpr-data-request", "Gateway_Fork", Map.of("tenantId", "t-1",
        "dataRequestId", REQUEST, "dataRequestRef", "DR-REQ1", "customerId", "c-1",
        "kind", "ERASURE", "identityVerified", true, "dueAt", due.toString(),
        "escalateAt", due.minus(Duration.ofDays(5)).toString(),
        "verifyBy", Instant.now().minus(Duration.ofDays(20)).toString()));
    instance = InspectionUtility.findProcessInstances().findFirstProcessInstance().orElseThrow();

    // the escalation date has passed: the task is there at once; no new verification link
    ActivatedJob notice = scenario.awaitJobOfType(PREPARE_MESSAGE, Duration.ofSeconds(10));
    assertThat(notice.getVariablesAsMap()).containsEntry("messageTemplate",
        "data-request.erasure-confirmed");
    assertThat(key).isPositive();
    assertThat(scenario.awaitJobOfType(USER_TASK, Duration.ofSeconds(10)).getElementId())
        .isEqualTo("Task_EscalateDeadline");
    assertThat(instance).hasNotPassedElement("CallActivity_SendVerificationLink");
  }

  private void received(String kind) {
    Instant now = Instant.now();
    Instant due = now.plus(Duration.ofDays(31));
    Map<String, Object> variables = new HashMap<>(Map.of("tenantId", "t-1", "dataRequestId",
        REQUEST, "dataRequestRef", "DR-REQ1", "customerId", "c-1", "kind", kind,
        "dueAt", due.toString(), "escalateAt", due.minus(Duration.ofDays(5)).toString(),
        "verifyBy", now.plus(Duration.ofDays(14)).toString(), "identityVerified", false));
    scenario.messagePublished(RECEIVED, REQUEST, "data-request-received:" + REQUEST, variables);
    instance = InspectionUtility.findProcessInstances().findFirstProcessInstance().orElseThrow();
  }

  private void verified() {
    scenario.messageBuffered(VERIFIED, REQUEST, "data-request-verified:" + REQUEST,
        Duration.ofHours(1), Map.of());
  }

  private void extended(Instant newDue) {
    scenario.messageBuffered(EXTENDED, REQUEST, "data-request-extended:" + REQUEST,
        Duration.ofHours(1), Map.of("dueAt", newDue.toString(),
            "escalateAt", newDue.minus(Duration.ofDays(5)).toString()));
  }

  /** Plays notify-customer's prepare step for the expected template (nothing to deliver). */
  private void notified(String template) {
    ActivatedJob prepare = scenario.singleJobOfType(PREPARE_MESSAGE);
    assertThat(prepare.getVariablesAsMap()).containsEntry("messageTemplate", template)
        .containsEntry("dataRequestId", REQUEST);
    scenario.completed(prepare, Map.of("deliveryNeeded", false));
  }

  private void completeJob(String type) {
    scenario.completed(scenario.singleJobOfType(type), Map.of());
  }

  private ActivatedJob userTask(String elementId) {
    List<ActivatedJob> tasks = userTasks(elementId);
    assertThat(tasks).as("user task %s", elementId).hasSize(1);
    return tasks.getFirst();
  }

  private List<ActivatedJob> userTasks(String elementId) {
    return scenario.jobsOfType(USER_TASK).stream()
        .filter(job -> job.getElementId().equals(elementId)).toList();
  }
}
