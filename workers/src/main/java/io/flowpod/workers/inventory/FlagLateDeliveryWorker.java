package io.flowpod.workers.inventory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.flowpod.domain.inventory.ReplenishmentProcess;
import io.flowpod.domain.inventory.Replenishments;
import io.flowpod.domain.platform.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Marks a replenishment's delivery late when its expected time passed without a receipt; flagging
 * twice (a redelivered job) or after the receipt changes nothing. Public because the Camunda starter
 * invokes worker methods reflectively.
 */
@Component
public class FlagLateDeliveryWorker {

  private final Replenishments replenishments;

  FlagLateDeliveryWorker(Replenishments replenishments) {
    this.replenishments = replenishments;
  }

  @JobWorker(type = ReplenishmentProcess.FLAG_LATE_DELIVERY_JOB)
  public void flag(@Variable String tenantId, @Variable String replenishmentId) {
    TenantContext.runAs(UUID.fromString(tenantId), () ->
        replenishments.flagLate(UUID.fromString(replenishmentId)));
  }
}
