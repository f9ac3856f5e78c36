package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderLinks;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.payments.Payable;
import io.flowpod.domain.payments.Payments;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Sets the order's payment deadlines (once) and asks the workspace's payment provider for the money
 * (once per order); answers the deadlines the flow's reminder and timeout timers wait for.
 */
@Component
public class RequestPaymentWorker {

  private final Orders orders;
  private final Payments payments;
  private final OrderLinks links;

  RequestPaymentWorker(Orders orders, Payments payments, OrderLinks links) {
    this.orders = orders;
    this.payments = payments;
    this.links = links;
  }

  /** ISO-8601 instants for the timers {@code =date and time(paymentReminderAt)} and its sibling. */
  public record PaymentDeadlines(String paymentReminderAt, String paymentDueAt) {}

  /**
   * {@code reminderAfterHours} is the workspace's reminder policy's answer (null: the order settings
   * decide).
   */
  @JobWorker(type = OrderProcess.REQUEST_PAYMENT_JOB)
  public PaymentDeadlines request(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber, @Variable Double reminderAfterHours) {
    return OrderJobs.asTenant(tenantId, orderNumber, "requesting payment",
        "check the workspace's payment provider settings, then retry the job", () -> {
          Order order = orders.recordPaymentRequested(UUID.fromString(orderId),
              reminderAfter(reminderAfterHours));
          payments.request(payable(order, links.statusUrl(order)));
          return new PaymentDeadlines(order.paymentReminderAt().toString(),
              order.paymentDueAt().toString());
        });
  }

  /** Hours (possibly fractional) as a whole-second duration; null stays null. */
  static Duration reminderAfter(Double hours) {
    return hours == null ? null : Duration.ofSeconds(Math.round(hours * 3600));
  }

  /** The order as a payable: the customer sees "Order 1042" and returns to the status page. */
  static Payable payable(Order order, String statusUrl) {
    return new Payable(order.id(), "Order " + order.number(), order.totalMinor(), order.currency(),
        order.paymentDueAt(), statusUrl);
  }
}
