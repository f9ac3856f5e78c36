package io.flowpod.workers.messaging;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.notifications.Notifications;
import io.flowpod.domain.notifications.NotifyStep;
import io.flowpod.domain.platform.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records the flow's message once per template and business object and says whether and when to
 * deliver it. A replayed job finds the same message (and nothing to send once it went out).
 */
@Component
public class PrepareMessageWorker {

  private final Notifications notifications;

  PrepareMessageWorker(Notifications notifications) {
    this.notifications = notifications;
  }

  /** The outbox message, whether it still needs sending, and when (ISO instant; null: now). */
  public record Prepared(String outboundMessageId, boolean deliveryNeeded, String sendAt) {}

  @JobWorker(type = NotifyStep.PREPARE_JOB)
  public Prepared prepare(@Variable String tenantId, @Variable String messageTemplate,
      @Variable(optional = true) String orderId, @Variable(optional = true) String customerId,
      @Variable(optional = true) String registrationId,
      @Variable(optional = true) String dataRequestId) {
    Map<String, String> references = new LinkedHashMap<>();
    put(references, "orderId", orderId);
    put(references, "customerId", customerId);
    put(references, "registrationId", registrationId);
    put(references, "dataRequestId", dataRequestId);
    try {
      Notifications.Prepared prepared = TenantContext.callAs(UUID.fromString(tenantId),
          () -> notifications.prepare(messageTemplate, references));
      return new Prepared(prepared.messageId().toString(), prepared.deliveryNeeded(),
          prepared.sendAt() == null ? null : prepared.sendAt().toString());
    } catch (RuntimeException e) {
      throw new IllegalStateException("Message " + messageTemplate + " for " + references
          + " could not be prepared (" + e.getMessage() + "); check the calling flow's "
          + "messageTemplate and reference variables, then retry the job", e);
    }
  }

  private static void put(Map<String, String> references, String name, String value) {
    if (value != null && !value.isBlank()) {
      references.put(name, value);
    }
  }
}
