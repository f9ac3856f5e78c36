package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A paid order: turns its stock holds into sales and confirms it. A hold that was released before the
 * payment arrived cannot be sold: that needs a person (re-reserve or refund), so it is an incident, not
 * a retry that could succeed on its own.
 */
@Component
public class ConfirmOrderWorker {

  private final Orders orders;
  private final Reservations reservations;

  ConfirmOrderWorker(Orders orders, Reservations reservations) {
    this.orders = orders;
    this.reservations = reservations;
  }

  /** When the customer hears that fulfilment is late, as an ISO-8601 instant. */
  public record FulfilmentDeadline(String fulfilmentNoticeAt) {}

  @JobWorker(type = OrderProcess.CONFIRM_ORDER_JOB)
  public FulfilmentDeadline confirm(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber) {
    return OrderJobs.asTenant(tenantId, orderNumber, "confirming the paid order",
        "check the order and its payment, then retry the job", () -> {
          Order order = OrderJobs.require(orders, orderId, orderNumber);
          List<String> unsold = reservations.commitAll(OrderJobs.reservationReferences(order));
          if (!unsold.isEmpty()) {
            throw new OrderJobs.Failure(releasedBeforePayment(orderNumber, unsold), null);
          }
          Order confirmed = orders.confirmPaid(order.id());
          return new FulfilmentDeadline(confirmed.fulfilmentNoticeAt().toString());
        });
  }

  static String releasedBeforePayment(String orderNumber, List<String> unsold) {
    return OrderJobs.incident(orderNumber, "stock hold " + String.join(", ", unsold)
        + " was released before payment", "re-reserve the stock or refund the customer, then "
        + "retry the job");
  }
}
