package io.flowpod.workers.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import io.flowpod.domain.inventory.ReservationLine;
import io.flowpod.domain.ordering.CancelCause;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderLine;
import io.flowpod.domain.ordering.OrderStatus;
import io.flowpod.domain.ordering.SalesChannel;
import io.flowpod.domain.payments.Payable;
import io.flowpod.domain.platform.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order workers' own logic: what they hand the domain and what an operator reads on failure. */
class OrderWorkersTest {

  private static final UUID ORDER_ID = UUID.fromString("7d9f5a52-3c1e-4d0b-9a57-0c2a3e1b9f10");
  private static final UUID PRODUCT_A = UUID.randomUUID();
  private static final UUID PRODUCT_B = UUID.randomUUID();
  private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");
  private static final String TENANT = UUID.randomUUID().toString();

  @Test
  void each_order_line_is_held_under_its_own_reference() {
    assertThat(ReserveStockWorker.lines(order())).containsExactly(
        new ReservationLine("order:" + ORDER_ID + ":1", PRODUCT_A, 2),
        new ReservationLine("order:" + ORDER_ID + ":2", PRODUCT_B, 1));
    assertThat(OrderJobs.reservationReferences(order()))
        .containsExactly("order:" + ORDER_ID + ":1", "order:" + ORDER_ID + ":2");
  }

  @Test
  void the_payable_is_the_order_total_named_by_its_number_and_due_with_the_payment_deadline() {
    assertThat(RequestPaymentWorker.payable(order(), "https://shop/orders/1042?t=x")).isEqualTo(
        new Payable(ORDER_ID, "Order 1042", 14_280, "EUR", DUE, "https://shop/orders/1042?t=x"));
  }

  @Test
  void the_cancel_cause_comes_from_the_task_header_and_a_wrong_header_names_order_and_fix() {
    assertThat(CancelByFlowWorker.cause(Map.of("cause", "PAYMENT_TIMEOUT"), "1042"))
        .isEqualTo(CancelCause.PAYMENT_TIMEOUT);
    assertThatThrownBy(() -> CancelByFlowWorker.cause(Map.of("cause", "LATE"), "1042"))
        .hasMessageStartingWith("Order 1042: the cancel task has cause header 'LATE'")
        .hasMessageContaining("fix the task header in order-lifecycle.bpmn");
    assertThatThrownBy(() -> CancelByFlowWorker.cause(Map.of(), "1042"))
        .hasMessageStartingWith("Order 1042:");
  }

  @Test
  void a_hold_released_before_payment_tells_the_operator_what_to_do() {
    assertThat(ConfirmOrderWorker.releasedBeforePayment("1042", List.of("order:x:1")))
        .isEqualTo("Order 1042: stock hold order:x:1 was released before payment; re-reserve the "
            + "stock or refund the customer, then retry the job");
  }

  @Test
  void work_runs_as_the_job_tenant_and_leaves_no_tenant_behind() {
    UUID seen = OrderJobs.asTenant(TENANT, "1042", "step", "action", TenantContext::require);

    assertThat(seen).hasToString(TENANT);
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void a_technical_failure_becomes_an_incident_naming_the_order_and_the_action() {
    assertThatThrownBy(() -> OrderJobs.runAsTenant(TENANT, "1042", "reserving stock",
        "check the stock store, then retry the job", () -> {
          throw new IllegalStateException("connection refused");
        }))
        .isInstanceOf(OrderJobs.Failure.class)
        .hasMessage("Order 1042: reserving stock failed (connection refused); check the stock "
            + "store, then retry the job");
  }

  @Test
  void a_business_outcome_passes_through_unchanged() {
    BpmnError outOfStock = CamundaError.bpmnError("OUT_OF_STOCK", "short");

    assertThatThrownBy(() -> OrderJobs.runAsTenant(TENANT, "1042", "reserving stock", "retry",
        () -> {
          throw outOfStock;
        })).isSameAs(outOfStock);
  }

  private static Order order() {
    Instant placed = Instant.parse("2026-11-22T10:00:00Z");
    return new Order(ORDER_ID, 1042, OrderStatus.PENDING_PAYMENT, SalesChannel.STOREFRONT,
        UUID.randomUUID(), "EUR", 12_000, 2_280, 14_280, 6_000,
        List.of(new OrderLine(1, PRODUCT_A, "A-1", "Mug", 2, 4_000, 2_000, 1900, 8_000, 1_520,
                9_520),
            new OrderLine(2, PRODUCT_B, "B-1", "Tea", 1, 4_000, 2_000, 1900, 4_000, 760, 4_760)),
        null, null, null, null, placed.plusSeconds(86_400), DUE, null, null, placed, placed, 1);
  }
}
