package io.flowpod.domain.inventory;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Task_ReceiveGoods: someone counts what arrived. The count goes on to Task_RecordReceipt, whose
 * worker books it; nothing is written here so the booking stays in one idempotent place.
 */
@Component
class ReplenishmentReceiptForm extends ReplenishmentForm {

  private static final List<FormField> FIELDS = List.of(new FormField("quantityReceived",
      "Quantity received", FormField.Type.NUMBER, true, List.of()));

  ReplenishmentReceiptForm(Replenishments replenishments) {
    super(replenishments, ReplenishmentProcess.RECEIPT_FORM, "Receive", FIELDS);
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    Replenishment replenishment = require(businessObjectId);
    if (replenishment.status() == Replenishment.Status.RECEIVED) {
      throw StaffTaskException.conflict("The replenishment was already received");
    }
    Map<String, String> violations = new LinkedHashMap<>();
    Long quantity = FormInputs.wholeNumber(input, "quantityReceived", 0,
        ReorderRules.MAX_QUANTITY, violations);
    if (!violations.isEmpty()) {
      throw StaffTaskException.invalid(violations);
    }
    return Map.of("quantityReceived", quantity);
  }
}
