package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.util.Map;
import java.util.UUID;

/** Starts {@value OrderProcess#PROCESS_ID} for a new order through its message start event. */
public record OrderPlaced(UUID tenantId, UUID orderId, long orderNumber, SalesChannel channel,
    long totalMinor, String currency) implements FlowMessage {

  @Override
  public String messageName() {
    return OrderProcess.PLACED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return orderId.toString();
  }

  @Override
  public String messageId() {
    return "order-placed:" + orderId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of(
        "tenantId", tenantId.toString(),
        "orderId", orderId.toString(),
        "orderNumber", Long.toString(orderNumber),
        "channel", channel.name(),
        "totalMinor", totalMinor,
        "currency", currency);
  }
}
