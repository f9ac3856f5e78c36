package io.flowpod.domain.payments;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The payable was paid; advances the flow waiting on {@value #MESSAGE} for this payable. */
public record PaymentReceived(UUID tenantId, UUID payableId) implements FlowMessage {

  public static final String MESSAGE = "payments.payment-received";

  @Override
  public String messageName() {
    return MESSAGE;
  }

  @Override
  public String correlationKey() {
    return payableId.toString();
  }

  @Override
  public String messageId() {
    return "payment-received:" + payableId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of("tenantId", tenantId.toString());
  }

  /** The payment may arrive before the flow waits for it. */
  @Override
  public Duration timeToLive() {
    return Duration.ofHours(1);
  }
}
