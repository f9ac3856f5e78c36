package io.flowpod.workers.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.inventory.ReplenishmentProcess;
import io.flowpod.domain.inventory.Replenishments;
import io.flowpod.domain.inventory.StockException;
import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Books the counted goods of a replenishment as a RECEIPT and marks it received; idempotent by the
 * replenishment, so a redelivered job books nothing twice. Public because the Camunda starter
 * invokes worker methods reflectively.
 */
@Component
public class RecordReceiptWorker {

  private final Replenishments replenishments;

  RecordReceiptWorker(Replenishments replenishments) {
    this.replenishments = replenishments;
  }

  @JobWorker(type = ReplenishmentProcess.RECORD_RECEIPT_JOB)
  public void record(@Variable String tenantId, @Variable String replenishmentId,
      @Variable Long quantityReceived) {
    if (quantityReceived == null || quantityReceived < 0) {
      throw new IllegalStateException("Replenishment " + replenishmentId + " has no valid "
          + "quantityReceived; set it on the instance and resolve the incident");
    }
    try {
      TenantContext.runAs(UUID.fromString(tenantId), () ->
          replenishments.recordReceipt(UUID.fromString(replenishmentId), quantityReceived));
    } catch (StockException e) {
      throw new IllegalStateException("Replenishment " + replenishmentId + " cannot be booked ("
          + e.getMessage() + "); check the replenishment and resolve the incident", e);
    }
  }
}
