package io.flowpod.workers.messaging;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import io.flowpod.domain.notifications.DeliveryFailedException;
import io.flowpod.domain.notifications.Notifications;
import io.flowpod.domain.notifications.NotifyStep;
import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the prepared message on its channels in turn. When every channel failed, the job fails with
 * a backoff ({@code flowpod.channels.delivery-retry-backoff}); on its last retry the failure becomes
 * an incident whose message names the customer reference, the template and the business object.
 */
@Component
public class DeliverMessageWorker {

  private final Notifications notifications;
  private final Duration retryBackoff;

  DeliverMessageWorker(Notifications notifications,
      @Value("${flowpod.channels.delivery-retry-backoff:PT1M}") Duration retryBackoff) {
    this.notifications = notifications;
    this.retryBackoff = retryBackoff;
  }

  @JobWorker(type = NotifyStep.DELIVER_JOB)
  public void deliver(ActivatedJob job, @Variable String tenantId,
      @Variable String outboundMessageId) {
    try {
      TenantContext.runAs(UUID.fromString(tenantId),
          () -> notifications.deliver(UUID.fromString(outboundMessageId)));
    } catch (DeliveryFailedException e) {
      throw CamundaError.jobError(e.getMessage(), Map.of(), Math.max(0, job.getRetries() - 1),
          retryBackoff, e);
    }
  }
}
