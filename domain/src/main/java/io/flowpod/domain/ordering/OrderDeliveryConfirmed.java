package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Tells the order's flow, waiting for delivery, that staff confirmed the order arrived. */
public record OrderDeliveryConfirmed(UUID tenantId, UUID orderId) implements FlowMessage {

  @Override
  public String messageName() {
    return OrderProcess.DELIVERY_CONFIRMED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return orderId.toString();
  }

  @Override
  public String messageId() {
    return "order-delivered:" + orderId;
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
