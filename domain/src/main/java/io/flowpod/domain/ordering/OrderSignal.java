package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Tells an order's running flow what a person did: cancelled it (the cancellation sub-process then
 * releases the stock and refunds) or confirmed its delivery. Buffered for an hour, since the flow may
 * not have reached the step that listens yet.
 */
public record OrderSignal(UUID tenantId, UUID orderId, Kind kind) implements FlowMessage {

  /** What happened, with its message name and message id prefix. */
  public enum Kind {
    CANCELLATION_REQUESTED(OrderProcess.CANCELLATION_MESSAGE, "order-cancel:"),
    DELIVERY_CONFIRMED(OrderProcess.DELIVERY_CONFIRMED_MESSAGE, "order-delivered:");

    private final String messageName;
    private final String idPrefix;

    Kind(String messageName, String idPrefix) {
      this.messageName = messageName;
      this.idPrefix = idPrefix;
    }
  }

  @Override
  public String messageName() {
    return kind.messageName;
  }

  @Override
  public String correlationKey() {
    return orderId.toString();
  }

  @Override
  public String messageId() {
    return kind.idPrefix + orderId;
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
