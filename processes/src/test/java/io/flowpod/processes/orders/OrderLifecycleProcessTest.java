package io.flowpod.processes.orders;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * order-lifecycle.bpmn with order-approval.dmn: every path an order can take. The test plays each
 * worker by completing the job of its type and records the customer notices in the order they ran.
 * The decisions are the shipped defaults unless the order names a workspace's own (approvalDecisionId,
 * reminderDecisionId), as per-tenant policies do.
 */
@ZeebeProcessTest
class OrderLifecycleProcessTest {

  private static final String PLACED = "orders.order-placed";
  private static final String PAYMENT_RECEIVED = "payments.payment-received";
  private static final String PAYMENT_FAILED = "payments.payment-failed";
  private static final String DELIVERY_CONFIRMED = "orders.delivery-confirmed";
  private static final String CANCELLATION = "orders.cancellation-requested";

  private static final String RESERVE = "orders.reserve-stock";
  private static final String REQUEST_PAYMENT = "orders.request-payment";
  private static final String CANCEL_BY_FLOW = "orders.cancel-by-flow";
  private static final String CONFIRM = "orders.confirm-order";
  private static final String MARK_DELIVERED = "orders.mark-delivered";
  private static final String SETTLE = "orders.settle-cancellation";
  private static final String REFUND = "orders.refund-payment";
  /** The order flow's notices run in the notify-customer call activity: prepare, then deliver. */
  private static final String NOTIFY = "messaging.prepare-message";
  private static final String DELIVER = "messaging.deliver-message";
  private static final String USER_TASK = "io.camunda.zeebe:userTask";

  private static final long SMALL_TOTAL = 12_000;
  private static final String TENANT_APPROVAL = "order-approval--t0a1b2c3d";
  private static final String TENANT_REMINDER = "order-payment-reminder--t0a1b2c3d";
  private static final long LARGE_TOTAL = 50_000;

  private ZeebeTestEngine engine;
  private ZeebeClient client;
  private ProcessScenario scenario;
  private final String orderId = UUID.randomUUID().toString();
  private final List<String> notices = new ArrayList<>();
  private Instant startedAt;

  @BeforeEach
  void deploy() {
    scenario = new ProcessScenario(engine, client)
        .deployed("bpmn/orders/order-lifecycle.bpmn", "bpmn/messaging/notify-customer.bpmn",
            "bpmn/orders/order-approval.dmn",
            "bpmn/orders/order-payment-reminder.dmn");
    startedAt = Instant.now();
  }

  @Test
  void a_small_order_is_approved_automatically_paid_shipped_and_delivered() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);

    stockReserved();
    paymentRequested();
    assertThat(order).hasVariableWithValue("approval", "AUTO").isWaitingAtElements("Task_AwaitPayment");

    paid();
    confirmed();
    shipped();
    assertThat(order).isWaitingAtElements("Task_AwaitDelivery");

    scenario.messagePublished(DELIVERY_CONFIRMED, orderId, "delivery-confirmed:" + orderId,
        Map.of());
    delivered(scenario.singleJobOfType(MARK_DELIVERED));

    assertThat(order).hasPassedElementsInOrder("StartEvent_OrderPlaced", "Task_ReserveStock",
        "Decision_OrderApproval", "Task_RequestPayment", "Task_AwaitPayment", "Task_ConfirmOrder",
        "Task_FulfilOrder", "Task_AwaitDelivery", "Task_MarkDelivered", "End_Delivered")
        .hasNotPassedElement("Task_ReviewOrder").hasNotPassedElement("Boundary_AutoDeliver")
        .isCompleted();
    assertThat(notices).containsExactly("order.payment-requested", "order.confirmed",
        "order.shipped", "order.delivered");
  }

  @Test
  void a_shipped_order_nobody_confirms_is_delivered_automatically_when_its_time_comes() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();
    paid();
    confirmed();
    shipped();

    scenario.timePassed(Duration.ofDays(15));
    delivered(dueJob(MARK_DELIVERED));

    // an interrupted wait counts as terminated, not passed
    assertThat(order).hasPassedElementsInOrder("Task_NotifyShipped", "Boundary_AutoDeliver",
        "Task_MarkDelivered", "End_Delivered").hasNotPassedElement("Task_AwaitDelivery")
        .isCompleted();
    assertThat(notices).containsExactly("order.payment-requested", "order.confirmed",
        "order.shipped", "order.delivered");
  }

  @Test
  void an_order_without_stock_is_cancelled_and_the_customer_told() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);

    scenario.bpmnError(scenario.singleJobOfType(RESERVE), "OUT_OF_STOCK", "product short");
    cancelledByFlow(scenario.singleJobOfType(CANCEL_BY_FLOW), "OUT_OF_STOCK");
    noticesSent();

    assertThat(order).hasPassedElementsInOrder("StartEvent_OrderPlaced", "Boundary_OutOfStock",
        "Task_CancelOutOfStock", "Task_NotifyOutOfStock", "End_OutOfStock")
        .hasNotPassedElement("Decision_OrderApproval").isCompleted();
    assertThat(notices).containsExactly("order.out-of-stock");
  }

  @Test
  void a_large_order_waits_for_a_manager_and_continues_when_approved() {
    InspectedProcessInstance order = placed(LARGE_TOTAL);
    stockReserved();
    assertThat(order).hasVariableWithValue("approval", "REVIEW").isWaitingAtElements("Task_ReviewOrder");

    ActivatedJob review = scenario.singleJobOfType(USER_TASK);
    assertThat(review.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:formKey", "order-review")
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"managers\"]");
    assertThat(scenario.jobsOfType(REQUEST_PAYMENT)).isEmpty();
    scenario.completed(review, Map.of("approved", true));

    paymentRequested();
    assertThat(order).hasPassedElementsInOrder("Task_ReviewOrder", "Gateway_Approved",
        "Task_RequestPayment").isWaitingAtElements("Task_AwaitPayment");
    assertThat(notices).containsExactly("order.payment-requested");
  }

  @Test
  void a_large_order_the_manager_rejects_is_cancelled_and_the_customer_told() {
    InspectedProcessInstance order = placed(LARGE_TOTAL);
    stockReserved();

    scenario.completed(scenario.singleJobOfType(USER_TASK), Map.of("approved", false));
    cancelledByFlow(scenario.singleJobOfType(CANCEL_BY_FLOW), "REJECTED");
    noticesSent();

    assertThat(order).hasPassedElementsInOrder("Task_ReviewOrder", "Task_RejectOrder",
        "Task_NotifyRejected", "End_Rejected").hasNotPassedElement("Task_RequestPayment")
        .isCompleted();
    assertThat(notices).containsExactly("order.rejected");
  }

  @Test
  void an_unpaid_order_gets_one_reminder_and_still_goes_on_when_paid() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();

    scenario.timePassed(Duration.ofHours(25));
    noticeAfterTimer();
    assertThat(order).hasPassedElement("End_PaymentReminded").isWaitingAtElements("Task_AwaitPayment");

    paid();
    confirmed();
    assertThat(order).isWaitingAtElements("Task_FulfilOrder");
    assertThat(notices).containsExactly("order.payment-requested", "order.payment-reminder",
        "order.confirmed");
  }

  @Test
  void an_order_not_paid_in_time_is_cancelled_and_the_customer_told() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();

    scenario.timePassed(Duration.ofHours(25));
    noticeAfterTimer();
    scenario.timePassed(Duration.ofHours(48));
    cancelledByFlow(dueJob(CANCEL_BY_FLOW), "PAYMENT_TIMEOUT");
    noticesSent();

    assertThat(order).hasPassedElementsInOrder("Boundary_PaymentDue", "Task_ExpireUnpaid",
        "Task_NotifyPaymentTimedOut", "End_PaymentTimedOut")
        .hasNotPassedElement("Task_ConfirmOrder").isCompleted();
    assertThat(notices).containsExactly("order.payment-requested", "order.payment-reminder",
        "order.payment-timed-out");
  }

  @Test
  void a_payment_that_arrives_before_the_flow_waits_for_it_is_kept_and_confirms_the_order() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();

    // the provider answers before the request-payment job has even completed
    scenario.messageBuffered(PAYMENT_RECEIVED, orderId, "payment-received:" + orderId,
        Duration.ofHours(1), Map.of("tenantId", "tenant-a"));
    paymentRequested();
    confirmed();

    assertThat(order).hasPassedElementsInOrder("Task_RequestPayment", "Task_AwaitPayment",
        "Task_ConfirmOrder").isWaitingAtElements("Task_FulfilOrder");
  }

  @Test
  void a_paid_order_whose_stock_hold_was_released_stops_at_confirmation_with_an_incident() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();
    paid();

    scenario.failed(scenario.singleJobOfType(CONFIRM), 0, "Order 1042: stock hold "
        + "order:x:1 was released before payment; re-reserve the stock or refund the customer");

    assertThat(order).isWaitingAtElements("Task_ConfirmOrder").hasAnyIncidents()
        .extractingLatestIncident().hasErrorMessage("Order 1042: stock hold order:x:1 was "
            + "released before payment; re-reserve the stock or refund the customer");
    assertThat(notices).containsExactly("order.payment-requested");
  }

  @Test
  void a_failed_payment_cancels_the_order_and_the_customer_is_told() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();

    scenario.messagePublished(PAYMENT_FAILED, orderId, "payment-failed:" + orderId,
        Map.of("tenantId", "tenant-a"));
    cancelledByFlow(scenario.singleJobOfType(CANCEL_BY_FLOW), "PAYMENT_FAILED");
    noticesSent();

    assertThat(order).hasPassedElementsInOrder("Boundary_PaymentFailed", "Task_FailPayment",
        "Task_NotifyPaymentFailed", "End_PaymentFailed").isCompleted();
    assertThat(notices).containsExactly("order.payment-requested", "order.payment-failed");
  }

  @Test
  void a_cancellation_before_payment_releases_stock_refunds_nothing_and_tells_the_customer() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();

    cancellationRequested();

    assertThat(order).hasPassedElementsInOrder("StartEvent_CancellationRequested",
        "Task_SettleCancellation", "Task_RefundPayment", "Task_NotifyCancelled",
        "End_CancelledOnRequest").hasNotPassedElement("Task_ConfirmOrder").isCompleted();
    assertThat(notices).containsExactly("order.payment-requested", "order.cancelled");
  }

  @Test
  void a_cancellation_during_fulfilment_withdraws_the_task_and_refunds() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();
    paid();
    confirmed();
    assertThat(order).isWaitingAtElements("Task_FulfilOrder");

    cancellationRequested();

    assertThat(order).hasPassedElementsInOrder("Task_ConfirmOrder", "Task_SettleCancellation",
        "Task_RefundPayment", "End_CancelledOnRequest").hasNotPassedElement("Task_NotifyShipped")
        .isCompleted();
    assertThat(scenario.jobsOfType(USER_TASK)).as("fulfilment task withdrawn").isEmpty();
    assertThat(notices).containsExactly("order.payment-requested", "order.confirmed",
        "order.cancelled");
  }

  @Test
  void a_slow_fulfilment_tells_the_customer_once_and_the_order_still_ships() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();
    paymentRequested();
    paid();
    confirmed();

    scenario.timePassed(Duration.ofDays(3));
    noticeAfterTimer();
    assertThat(order).hasPassedElement("End_FulfilmentDelayNoticed")
        .isWaitingAtElements("Task_FulfilOrder");

    shipped();
    assertThat(notices).containsExactly("order.payment-requested", "order.confirmed",
        "order.fulfilment-delayed", "order.shipped");
  }

  @Test
  void the_decision_reviews_orders_from_50000_minor_units_and_approves_smaller_ones() {
    assertThat(decide(49_999, "EUR", "STOREFRONT")).isEqualTo("AUTO");
    assertThat(decide(50_000, "EUR", "STOREFRONT")).isEqualTo("REVIEW");
    assertThat(decide(1_250_000, "JPY", "CHAT")).isEqualTo("REVIEW");
    assertThat(decide(0, "KWD", "API")).isEqualTo("AUTO");
  }

  @Test
  void an_order_naming_a_workspace_decision_is_approved_by_that_decision() {
    deployDecision(TENANT_APPROVAL, "approval", "string", "\"REVIEW\"");

    InspectedProcessInstance order = placed(SMALL_TOTAL, Map.of("approvalDecisionId", TENANT_APPROVAL));
    stockReserved();

    assertThat(order).hasVariableWithValue("approval", "REVIEW").isWaitingAtElements("Task_ReviewOrder");
  }

  @Test
  void without_a_workspace_decision_the_shipped_ones_decide_and_the_reminder_is_left_to_the_settings() {
    InspectedProcessInstance order = placed(SMALL_TOTAL);
    stockReserved();

    ActivatedJob request = scenario.singleJobOfType(REQUEST_PAYMENT);
    assertThat(request.getVariablesAsMap()).containsEntry("reminderAfterHours", null);
    assertThat(order).hasVariableWithValue("approval", "AUTO");
  }

  @Test
  void a_workspace_reminder_policy_hands_its_hours_to_the_payment_request() {
    deployDecision(TENANT_REMINDER, "reminderAfterHours", "number", "6");

    placed(SMALL_TOTAL, Map.of("reminderDecisionId", TENANT_REMINDER));
    stockReserved();

    ActivatedJob request = scenario.singleJobOfType(REQUEST_PAYMENT);
    assertThat(((Number) request.getVariablesAsMap().get("reminderAfterHours")).intValue()).isEqualTo(6);
  }

  // ---- the workers, as the test plays them --------------------------------------------------------

  private InspectedProcessInstance placed(long totalMinor) {
    return placed(totalMinor, Map.of());
  }

  private InspectedProcessInstance placed(long totalMinor, Map<String, Object> decisions) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "tenantId", "tenant-a", "orderId", orderId, "orderNumber", "1042",
        "channel", "STOREFRONT", "totalMinor", totalMinor, "currency", "EUR"));
    variables.putAll(decisions);
    scenario.messagePublished(PLACED, orderId, "order-placed:" + orderId, variables);
    return InspectionUtility.findProcessInstances().findLastProcessInstance().orElseThrow();
  }

  private void stockReserved() {
    ActivatedJob job = scenario.singleJobOfType(RESERVE);
    assertThat(job.getVariablesAsMap()).containsEntry("orderId", orderId)
        .containsEntry("tenantId", "tenant-a");
    scenario.completed(job, Map.of());
  }

  private void paymentRequested() {
    scenario.completed(scenario.singleJobOfType(REQUEST_PAYMENT), Map.of(
        "paymentReminderAt", at(Duration.ofHours(24)), "paymentDueAt", at(Duration.ofHours(72))));
    noticesSent();
  }

  private void paid() {
    scenario.messagePublished(PAYMENT_RECEIVED, orderId, "payment-received:" + orderId,
        Map.of("tenantId", "tenant-a"));
  }

  private void confirmed() {
    scenario.completed(scenario.singleJobOfType(CONFIRM),
        Map.of("fulfilmentNoticeAt", at(Duration.ofDays(2))));
    noticesSent();
  }

  private void shipped() {
    ActivatedJob fulfil = scenario.singleJobOfType(USER_TASK);
    assertThat(fulfil.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:formKey", "order-fulfilment")
        .containsEntry("io.camunda.zeebe:candidateGroups", "[\"fulfilment\"]");
    scenario.completed(fulfil, Map.of("autoDeliverAt", at(Duration.ofDays(14))));
    noticesSent();
  }

  private void delivered(ActivatedJob markDelivered) {
    scenario.completed(markDelivered, Map.of());
    noticesSent();
  }

  private void cancelledByFlow(ActivatedJob job, String cause) {
    assertThat(job.getCustomHeaders()).containsEntry("cause", cause);
    scenario.completed(job, Map.of());
  }

  private void cancellationRequested() {
    scenario.messagePublished(CANCELLATION, orderId, "cancellation-requested:" + orderId,
        Map.of());
    scenario.completed(scenario.singleJobOfType(SETTLE), Map.of());
    scenario.completed(scenario.singleJobOfType(REFUND), Map.of());
    noticesSent();
  }

  /** Timers fire on the engine's due-date check, shortly after the clock moved: wait for the job. */
  private ActivatedJob dueJob(String type) {
    return scenario.awaitJobOfType(type, Duration.ofSeconds(10));
  }

  private void noticeAfterTimer() {
    noticeSent(dueJob(NOTIFY));
    noticesSent();
  }

  private void noticeSent(ActivatedJob job) {
    assertThat(job.getVariablesAsMap()).containsEntry("orderId", orderId);
    notices.add((String) job.getVariablesAsMap().get("messageTemplate"));
    Map<String, Object> prepared = new HashMap<>();
    prepared.put("deliveryNeeded", true);
    prepared.put("sendAt", null);
    prepared.put("outboundMessageId", UUID.randomUUID().toString());
    scenario.completed(job, prepared);
    scenario.completed(scenario.awaitJobOfType(DELIVER, Duration.ofSeconds(10)), Map.of());
  }

  /** Completes every waiting notify job and records its template, as the notify worker would. */
  private void noticesSent() {
    List<ActivatedJob> jobs = scenario.jobsOfType(NOTIFY);
    while (!jobs.isEmpty()) {
      jobs.forEach(this::noticeSent);
      jobs = scenario.jobsOfType(NOTIFY);
    }
  }

  private String at(Duration fromStart) {
    return startedAt.plus(fromStart).toString();
  }

  private Object decide(long totalMinor, String currency, String channel) {
    return client.newEvaluateDecisionCommand().decisionId("order-approval")
        .variables(Map.of("totalMinor", totalMinor, "currency", currency, "channel", channel))
        .send().join().getEvaluatedDecisions().getFirst().getDecisionOutput()
        .replace("\"", "");
  }

  /** A one-rule decision table answering {@code output} whatever the order: a workspace's policy. */
  private void deployDecision(String decisionId, String outputName, String type, String output) {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_%1$s"
            name="%1$s" namespace="https://flowpod.io/dmn">
          <decision id="%1$s" name="%1$s">
            <decisionTable id="Table_%1$s" hitPolicy="FIRST">
              <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="number">
                <text>totalMinor</text></inputExpression></input>
              <output id="Output_1" name="%2$s" typeRef="%3$s" />
              <rule id="Rule_1"><inputEntry id="Entry_1"><text>-</text></inputEntry>
                <outputEntry id="Output_Entry_1"><text>%4$s</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionId, outputName, type, output.replace("\"", "&quot;"));
    client.newDeployResourceCommand()
        .addResourceBytes(dmn.getBytes(StandardCharsets.UTF_8), decisionId + ".dmn").send().join();
  }
}
