package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the order's flow that staff or the customer cancelled it: the cancellation sub-process then
 * releases the stock and refunds. Buffered for an hour in case the flow has not started yet.
 */
public record OrderCancellationRequested(UUID tenantId, UUID orderId) implements FlowMessage {

  @Override
  public String messageName() {
    return OrderProcess.CANCELLATION_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return orderId.toString();
  }

  @Override
  public String messageId() {
    return "order-cancel:" + orderId;
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
