package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.util.Map;
import java.util.UUID;

/** Starts {@value ReplenishmentProcess#PROCESS_ID} for a new replenishment. */
public record LowStockReached(UUID tenantId, UUID replenishmentId, UUID productId,
    long reorderQuantity) implements FlowMessage {

  @Override
  public String messageName() {
    return ReplenishmentProcess.LOW_STOCK_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return replenishmentId.toString();
  }

  @Override
  public String messageId() {
    return "low-stock:" + replenishmentId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of("tenantId", tenantId.toString(), "replenishmentId", replenishmentId.toString(),
        "productId", productId.toString(), "reorderQuantity", reorderQuantity);
  }
}
