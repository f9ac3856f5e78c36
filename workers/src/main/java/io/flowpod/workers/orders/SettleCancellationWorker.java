package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.tasks.StaffTasks;
import org.springframework.stereotype.Component;

/**
 * A cancelled order's loose ends: its stock holds go back and its open staff tasks (review,
 * fulfilment) close, since the flow left them. Both are idempotent.
 */
@Component
public class SettleCancellationWorker {

  private final Orders orders;
  private final Reservations reservations;
  private final StaffTasks staffTasks;

  SettleCancellationWorker(Orders orders, Reservations reservations, StaffTasks staffTasks) {
    this.orders = orders;
    this.reservations = reservations;
    this.staffTasks = staffTasks;
  }

  @JobWorker(type = OrderProcess.SETTLE_CANCELLATION_JOB)
  public void settle(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber) {
    OrderJobs.runAsTenant(tenantId, orderNumber, "releasing stock and closing tasks",
        "check the order's stock holds and open tasks, then retry the job", () -> {
          Order order = OrderJobs.require(orders, orderId, orderNumber);
          reservations.releaseAll(OrderJobs.reservationReferences(order));
          staffTasks.cancelOpen(OrderProcess.TASK_BUSINESS_OBJECT, orderId);
        });
  }
}
