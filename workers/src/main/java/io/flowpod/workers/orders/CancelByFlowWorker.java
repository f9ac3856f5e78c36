package io.flowpod.workers.orders;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.ordering.CancelCause;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every cancellation the flow decides (out of stock, rejected, not paid in time, payment failed): the
 * task header {@code cause} says which. Cancels the order and gives its stock holds back; both steps
 * are idempotent, so a redelivered job changes nothing.
 */
@Component
public class CancelByFlowWorker {

  private final Orders orders;
  private final Reservations reservations;

  CancelByFlowWorker(Orders orders, Reservations reservations) {
    this.orders = orders;
    this.reservations = reservations;
  }

  @JobWorker(type = OrderProcess.CANCEL_BY_FLOW_JOB)
  public void cancel(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber, @CustomHeaders Map<String, String> headers) {
    CancelCause cause = cause(headers, orderNumber);
    OrderJobs.runAsTenant(tenantId, orderNumber, "cancelling the order (" + cause + ")",
        "check the order's status and stock holds, then retry the job", () -> {
          Order order = OrderJobs.require(orders, orderId, orderNumber);
          orders.cancelByFlow(order.id(), cause);
          reservations.releaseAll(OrderJobs.reservationReferences(order));
        });
  }

  /** The task's cause header; a missing or unknown one is a modelling error the operator must fix. */
  static CancelCause cause(Map<String, String> headers, String orderNumber) {
    String value = headers.get(OrderProcess.CAUSE_HEADER);
    try {
      return CancelCause.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new OrderJobs.Failure(OrderJobs.incident(orderNumber,
          "the cancel task has cause header '" + value + "', not one of "
              + java.util.Arrays.toString(CancelCause.values()),
          "fix the task header in order-lifecycle.bpmn, deploy it and retry the job"), e);
    }
  }
}
