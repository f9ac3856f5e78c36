package io.flowpod.domain.payments;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The payable can no longer be paid (declined, checkout expired); interrupts the payment wait. */
public record PaymentFailed(UUID tenantId, UUID payableId) implements FlowMessage {

  public static final String MESSAGE = "payments.payment-failed";

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
    return "payment-failed:" + payableId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of("tenantId", tenantId.toString());
  }

  @Override
  public Duration timeToLive() {
    return Duration.ofHours(1);
  }
}
