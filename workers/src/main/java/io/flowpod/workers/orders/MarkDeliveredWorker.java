package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The order arrived: confirmed by staff (already DELIVERED, so nothing changes) or assumed when the
 * auto-delivery time passed (SHIPPED to DELIVERED).
 */
@Component
public class MarkDeliveredWorker {

  private final Orders orders;

  MarkDeliveredWorker(Orders orders) {
    this.orders = orders;
  }

  @JobWorker(type = OrderProcess.MARK_DELIVERED_JOB)
  public void markDelivered(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber) {
    OrderJobs.runAsTenant(tenantId, orderNumber, "marking the order delivered",
        "check the order's status, then retry the job",
        () -> orders.markDelivered(UUID.fromString(orderId), OrderProcess.AUTO_DELIVERED_CAUSE));
  }
}
