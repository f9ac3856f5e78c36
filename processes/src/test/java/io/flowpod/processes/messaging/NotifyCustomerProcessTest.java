package io.flowpod.processes.messaging;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.flowpod.processes.support.ProcessScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * notify-customer.bpmn: nothing to send (sent before, or no channel allowed), send now, send after the
 * workspace's quiet hours (timer), and a delivery that fails on every channel until an incident.
 */
@ZeebeProcessTest
class NotifyCustomerProcessTest {

  private static final String PREPARE = "messaging.prepare-message";
  private static final String DELIVER = "messaging.deliver-message";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;
  private final String orderId = UUID.randomUUID().toString();

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client).deployed("bpmn/messaging/notify-customer.bpmn");
  }

  @Test
  void a_message_sent_before_or_not_allowed_ends_without_delivery() {
    InspectedProcessInstance notify = started();
    scenario.completed(prepareJob(), prepared(false, null));
    assertThat(notify).hasPassedElement("EndEvent_NothingToSend").isCompleted()
        .hasNotPassedElement("Task_DeliverMessage");
    assertThat(scenario.jobsOfType(DELIVER)).isEmpty();
  }

  @Test
  void a_message_due_now_is_delivered_at_once() {
    InspectedProcessInstance notify = started();
    scenario.completed(prepareJob(), prepared(true, null));
    ActivatedJob deliver = scenario.singleJobOfType(DELIVER);
    assertThat(deliver.getVariablesAsMap()).containsEntry("outboundMessageId", "m-1")
        .containsEntry("tenantId", "t-1");
    scenario.completed(deliver, Map.of());
    assertThat(notify).hasPassedElement("EndEvent_MessageDelivered").isCompleted()
        .hasNotPassedElement("Timer_QuietHoursOver");
  }

  @Test
  void a_marketing_message_waits_out_the_quiet_hours() {
    InspectedProcessInstance notify = started();
    String sendAt = Instant.now().plus(Duration.ofHours(9)).toString();
    scenario.completed(prepareJob(), prepared(true, sendAt));
    assertThat(notify).isWaitingAtElements("Timer_QuietHoursOver");
    assertThat(scenario.jobsOfType(DELIVER)).isEmpty();

    scenario.timePassed(Duration.ofHours(9).plusMinutes(1));
    scenario.completed(scenario.awaitJobOfType(DELIVER, Duration.ofSeconds(10)), Map.of());
    assertThat(notify).hasPassedElement("Timer_QuietHoursOver")
        .hasPassedElement("EndEvent_MessageDelivered").isCompleted();
  }

  @Test
  void a_delivery_failing_on_every_channel_becomes_an_incident_naming_the_customer() {
    InspectedProcessInstance notify = started();
    scenario.completed(prepareJob(), prepared(true, null));
    String failure = "C-3F2A9C1D: the message order.confirmed about Order 1042 could not be "
        + "delivered on EMAIL (refused). Check the workspace's channel settings, then retry the job";
    scenario.failed(scenario.singleJobOfType(DELIVER), 0, failure);
    assertThat(notify).hasAnyIncidents().isActive();
    assertThat(notify).extractingLatestIncident().hasErrorMessage(failure);
  }

  private InspectedProcessInstance started() {
    var instance = client.newCreateInstanceCommand().bpmnProcessId("notify-customer").latestVersion()
        .variables(Map.of("tenantId", "t-1", "orderId", orderId, "messageTemplate", "order.confirmed"))
        .send().join();
    scenario.idle();
    return new InspectedProcessInstance(instance.getProcessInstanceKey());
  }

  private ActivatedJob prepareJob() {
    ActivatedJob job = scenario.singleJobOfType(PREPARE);
    assertThat(job.getVariablesAsMap()).containsEntry("messageTemplate", "order.confirmed")
        .containsEntry("orderId", orderId);
    return job;
  }

  private static Map<String, Object> prepared(boolean deliveryNeeded, String sendAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("deliveryNeeded", deliveryNeeded);
    variables.put("sendAt", sendAt);
    variables.put("outboundMessageId", "m-1");
    return variables;
  }
}
