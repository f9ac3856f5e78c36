package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.payments.RefundOutcome;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Gives a cancelled order's money back when it was paid (the provider refund is idempotent per
 * payable) and marks the order REFUNDED; an unpaid order needs nothing.
 */
@Component
public class RefundPaymentWorker {

  private final Orders orders;
  private final Payments payments;

  RefundPaymentWorker(Orders orders, Payments payments) {
    this.orders = orders;
    this.payments = payments;
  }

  @JobWorker(type = OrderProcess.REFUND_PAYMENT_JOB)
  public void refund(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber) {
    OrderJobs.runAsTenant(tenantId, orderNumber, "refunding the payment",
        "check the refund in the payment provider's dashboard, then retry the job", () -> {
          UUID id = UUID.fromString(orderId);
          RefundOutcome outcome = payments.refund(id);
          if (outcome.refunded()) {
            orders.markRefunded(id, outcome.reference());
          }
        });
  }
}
