package io.flowpod.domain.payments;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A payment outcome for the flow that waits on the payable: {@value #RECEIVED} advances it,
 * {@value #FAILED} (declined, checkout expired) interrupts the wait. The key is the payable id; the
 * message id is {@code payment-received:<payableId>} or {@code payment-failed:<payableId>}. Both are
 * buffered for an hour because the payment may arrive before the flow waits for it.
 */
public record PaymentMessage(Outcome outcome, UUID tenantId, UUID payableId) implements FlowMessage {

  public static final String RECEIVED = "payments.payment-received";
  public static final String FAILED = "payments.payment-failed";

  /** Which of the two messages. */
  public enum Outcome { RECEIVED, FAILED }

  static PaymentMessage received(UUID tenantId, UUID payableId) {
    return new PaymentMessage(Outcome.RECEIVED, tenantId, payableId);
  }

  static PaymentMessage failed(UUID tenantId, UUID payableId) {
    return new PaymentMessage(Outcome.FAILED, tenantId, payableId);
  }

  @Override
  public String messageName() {
    return outcome == Outcome.RECEIVED ? RECEIVED : FAILED;
  }

  @Override
  public String correlationKey() {
    return payableId.toString();
  }

  @Override
  public String messageId() {
    return messageName().substring("payments.".length()) + ":" + payableId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of("tenantId", tenantId.toString());
  }

  @Override
  public Duration timeToLive() {
    return MID_FLOW_TIME_TO_LIVE;
  }
}
