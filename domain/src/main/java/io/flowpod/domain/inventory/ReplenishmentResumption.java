package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open replenishments re-enter where their record says they stand: REQUESTED at the purchase task,
 * ORDERED at the receipt task (its late-delivery timer fires at the stored expected time). The staff
 * task opened again replaces the one whose job the lost engine held.
 */
@Component
class ReplenishmentResumption implements ResumableFlow {

  private static final String PURCHASE_ELEMENT = "Task_OrderFromSupplier";
  private static final String RECEIPT_ELEMENT = "Task_ReceiveGoods";
  private static final int PAGE = 500;

  private final ReplenishmentStore store;

  ReplenishmentResumption(ReplenishmentStore store) {
    this.store = store;
  }

  @Override
  public String processId() {
    return ReplenishmentProcess.PROCESS_ID;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Resumption> inFlightRecords() {
    List<Resumption> resumptions = new ArrayList<>();
    for (Replenishment.Status status : List.of(Replenishment.Status.REQUESTED,
        Replenishment.Status.ORDERED)) {
      List<Replenishment> page;
      long offset = 0;
      do {
        page = store.list(status, null, offset, PAGE);
        page.forEach(open -> resumptions.add(resumption(open)));
        offset += PAGE;
      } while (page.size() == PAGE);
    }
    return resumptions;
  }

  private static Resumption resumption(Replenishment open) {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "tenantId", TenantContext.require().toString(),
        "replenishmentId", open.id().toString(),
        "productId", open.productId().toString(),
        "reorderQuantity", open.reorderQuantity()));
    String element = PURCHASE_ELEMENT;
    if (open.status() == Replenishment.Status.ORDERED) {
      element = RECEIPT_ELEMENT;
      variables.put("quantityOrdered", open.quantityOrdered());
      variables.put("expectedAt", open.expectedAt().toString());
    }
    return new Resumption.ResumeAt("replenishment of " + open.sku(), element, variables);
  }
}
