package io.flowpod.processes.registration;

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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * customer-registration.bpmn, a test per path. The notify-customer call activity runs for real; its
 * two jobs are played like the channels' workers would ({@code messaging.prepare-message} then
 * {@code messaging.deliver-message}).
 */
@ZeebeProcessTest
class CustomerRegistrationProcessTest {

  private static final String REQUESTED = "registration.requested";
  private static final String COMPLETED = "registration.completed";
  private static final String EMAIL_CONFIRMED = "registration.email-confirmed";
  private static final String PREPARE = "messaging.prepare-message";
  private static final String DELIVER = "messaging.deliver-message";
  private static final String EXPIRE = "registration.expire-registration";
  private static final String DISCARD = "registration.discard-unconfirmed-email";

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client).deployed(
        "bpmn/registration/customer-registration.bpmn", "bpmn/messaging/notify-customer.bpmn");
  }

  @Test
  void a_link_completed_quickly_welcomes_the_customer_and_ends_registered() {
    InspectedProcessInstance instance = requested("reg-1");
    notified("registration.link", "reg-1");
    assertThat(instance).isWaitingAtElements("Gateway_AwaitCompletion");

    completed("reg-1", false);
    notified("registration.welcome", "reg-1");

    assertThat(instance).hasPassedElementsInOrder("StartEvent_RegistrationRequested",
        "Task_SendRegistrationLink", "Message_RegistrationCompleted", "Task_SendWelcome",
        "EndEvent_Registered").hasNotPassedElement("Task_SendReminder").isCompleted();
  }

  @Test
  void a_form_submitted_while_the_link_is_still_being_sent_is_not_lost() {
    InspectedProcessInstance instance = requested("reg-2");
    // the outbox buffers the completion while the notify call is still running
    scenario.messageBuffered(COMPLETED, "reg-2", "registration-completed:reg-2",
        Duration.ofHours(1), Map.of("customerId", "cust-2", "emailConfirmationNeeded", false));
    notified("registration.link", "reg-2");
    notified("registration.welcome", "reg-2");

    assertThat(instance).hasPassedElement("EndEvent_Registered").isCompleted();
  }

  @Test
  void a_late_form_gets_one_reminder_then_completes() {
    InspectedProcessInstance instance = requested("reg-3");
    notified("registration.link", "reg-3");

    scenario.timePassed(Duration.ofHours(21));
    notified("registration.reminder", "reg-3");
    assertThat(instance).isWaitingAtElements("Gateway_AwaitCompletionAfterReminder");

    completed("reg-3", false);
    notified("registration.welcome", "reg-3");

    assertThat(instance).hasPassedElementsInOrder("Timer_ReminderDue", "Task_SendReminder",
        "Message_RegistrationCompletedAfterReminder", "Task_SendWelcome", "EndEvent_Registered")
        .isCompleted();
  }

  @Test
  void an_unused_link_gets_one_reminder_then_expires() {
    InspectedProcessInstance instance = requested("reg-4");
    notified("registration.link", "reg-4");
    scenario.timePassed(Duration.ofHours(21));
    notified("registration.reminder", "reg-4");

    scenario.timePassed(Duration.ofHours(4));
    ActivatedJob expire = scenario.singleJobOfType(EXPIRE);
    assertThat(expire.getVariablesAsMap()).containsEntry("registrationId", "reg-4")
        .containsEntry("tenantId", "tenant-a");
    scenario.completed(expire, Map.of());

    assertThat(instance).hasPassedElementsInOrder("Task_SendReminder", "Timer_LinkExpired",
        "Task_ExpireRegistration", "EndEvent_RegistrationExpired")
        .hasNotPassedElement("Task_SendWelcome").isCompleted();
    // exactly one reminder: nothing else is sent
    assertThat(scenario.jobsOfType(PREPARE)).isEmpty();
  }

  @Test
  void e_mail_marketing_confirmed_within_seven_days_ends_confirmed() {
    InspectedProcessInstance instance = requested("reg-5");
    notified("registration.link", "reg-5");
    completed("reg-5", true);
    notified("registration.welcome", "reg-5");
    notified("registration.confirm-email", "reg-5");
    assertThat(instance).isWaitingAtElements("Gateway_AwaitEmailConfirmation");

    scenario.timePassed(Duration.ofDays(2));
    scenario.messageBuffered(EMAIL_CONFIRMED, "reg-5", "registration-email-confirmed:reg-5",
        Duration.ofHours(1), Map.of());

    assertThat(instance).hasPassedElementsInOrder("Task_SendConfirmationMail",
        "Message_EmailConfirmed", "EndEvent_EmailConfirmed")
        .hasNotPassedElement("Task_DiscardUnconfirmedEmail").isCompleted();
  }

  @Test
  void e_mail_not_confirmed_within_seven_days_is_discarded() {
    InspectedProcessInstance instance = requested("reg-6");
    notified("registration.link", "reg-6");
    completed("reg-6", true);
    notified("registration.welcome", "reg-6");
    notified("registration.confirm-email", "reg-6");

    scenario.timePassed(Duration.ofDays(7).plusMinutes(1));
    ActivatedJob discard = scenario.singleJobOfType(DISCARD);
    assertThat(discard.getVariablesAsMap()).containsEntry("registrationId", "reg-6");
    scenario.completed(discard, Map.of());

    assertThat(instance).hasPassedElementsInOrder("Timer_ConfirmationWindowOver",
        "Task_DiscardUnconfirmedEmail", "EndEvent_UnconfirmedDiscarded")
        .hasNotPassedElement("Message_EmailConfirmed").isCompleted();
  }

  @Test
  void a_failing_expiry_raises_an_incident() {
    InspectedProcessInstance instance = requested("reg-7");
    notified("registration.link", "reg-7");
    scenario.timePassed(Duration.ofHours(21));
    notified("registration.reminder", "reg-7");
    scenario.timePassed(Duration.ofHours(4));

    scenario.failed(scenario.singleJobOfType(EXPIRE), 0, "Registration R-7: database unavailable");

    assertThat(instance).hasAnyIncidents().isActive();
  }

  @Test
  void a_redelivered_request_starts_no_second_registration_flow() {
    requested("reg-8");
    try {
      scenario.messagePublished(REQUESTED, "reg-8", "registration-requested:reg-8", variables("reg-8"));
    } catch (RuntimeException alreadyPublished) {
      // the engine may refuse the duplicate id outright; either way one flow runs
    }
    assertThat(scenario.jobsOfType(PREPARE)).hasSize(1);
  }

  private InspectedProcessInstance requested(String registrationId) {
    scenario.messagePublished(REQUESTED, registrationId, "registration-requested:" + registrationId,
        variables(registrationId));
    // the first instance of this fresh engine: later ones are notify-customer calls
    return InspectionUtility.findProcessInstances().findFirstProcessInstance().orElseThrow();
  }

  private static Map<String, Object> variables(String registrationId) {
    Instant expiresAt = Instant.now().plus(Duration.ofHours(24));
    return Map.of("tenantId", "tenant-a", "registrationId", registrationId,
        "remindAt", expiresAt.minus(Duration.ofHours(4)).toString(),
        "expiresAt", expiresAt.toString());
  }

  private void completed(String registrationId, boolean emailConfirmationNeeded) {
    scenario.messageBuffered(COMPLETED, registrationId, "registration-completed:" + registrationId,
        Duration.ofHours(1), Map.of("customerId", "cust-" + registrationId,
            "emailConfirmationNeeded", emailConfirmationNeeded));
  }

  /** Plays notify-customer's two jobs for one message and checks which template it was. */
  private void notified(String template, String registrationId) {
    ActivatedJob prepare = scenario.singleJobOfType(PREPARE);
    assertThat(prepare.getVariablesAsMap()).containsEntry("messageTemplate", template)
        .containsEntry("registrationId", registrationId);
    Map<String, Object> sendNow = new HashMap<>();
    sendNow.put("deliveryNeeded", true);
    sendNow.put("sendAt", null);
    scenario.completed(prepare, sendNow);
    scenario.completed(scenario.singleJobOfType(DELIVER), Map.of());
  }
}
