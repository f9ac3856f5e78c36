package io.flowpod.workers.messaging;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.ordering.OrderNotice;
import io.flowpod.domain.ordering.OrderNotices;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.workers.orders.OrderJobs;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The order flow's one notify step: the task header {@code template} names the notice. Sending is
 * once per order and notice, so a redelivered job sends nothing twice.
 */
@Component
public class NotifyCustomerWorker {

  private final OrderNotices notices;

  NotifyCustomerWorker(OrderNotices notices) {
    this.notices = notices;
  }

  @JobWorker(type = OrderProcess.NOTIFY_CUSTOMER_JOB)
  public void send(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber, @CustomHeaders Map<String, String> headers) {
    String template = headers.get(OrderProcess.TEMPLATE_HEADER);
    OrderJobs.runAsTenant(tenantId, orderNumber, "sending notice " + template,
        "check the template header of this task, the customer's contact details and the mail "
            + "settings, then retry the job",
        () -> notices.send(UUID.fromString(orderId), OrderNotice.ofTemplate(template)));
  }
}
