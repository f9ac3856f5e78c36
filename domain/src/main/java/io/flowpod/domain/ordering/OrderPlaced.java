package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.FlowMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Starts {@value OrderProcess#PROCESS_ID} for a new order through its message start event.
 * {@code decisions} names the decisions the flow calls (variable to decision id, from the workspace's
 * policies); a variable left out makes the flow call the shipped decision.
 */
public record OrderPlaced(UUID tenantId, UUID orderId, long orderNumber, SalesChannel channel,
    long totalMinor, String currency, Map<String, String> decisions) implements FlowMessage {

  public OrderPlaced {
    decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
  }

  public OrderPlaced(UUID tenantId, UUID orderId, long orderNumber, SalesChannel channel,
      long totalMinor, String currency) {
    this(tenantId, orderId, orderNumber, channel, totalMinor, currency, Map.of());
  }

  /** The current workspace's order with the decisions its flow calls. */
  static OrderPlaced of(Order order, Map<String, String> decisions) {
    return new OrderPlaced(TenantContext.require(), order.id(), order.number(), order.channel(),
        order.totalMinor(), order.currency(), decisions);
  }

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
    Map<String, Object> variables = new HashMap<>(decisions);
    variables.putAll(Map.of(
        "tenantId", tenantId.toString(),
        "orderId", orderId.toString(),
        "orderNumber", Long.toString(orderNumber),
        "channel", channel.name(),
        "totalMinor", totalMinor,
        "currency", currency));
    return Map.copyOf(variables);
  }
}
