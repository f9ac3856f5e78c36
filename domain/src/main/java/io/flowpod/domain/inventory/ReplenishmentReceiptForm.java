package io.flowpod.domain.inventory;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
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
class ReplenishmentReceiptForm implements StaffTaskForm {

  private static final List<FormField> FIELDS = List.of(new FormField("quantityReceived",
      "Quantity received", FormField.Type.NUMBER, true, List.of()));

  private final Replenishments replenishments;

  ReplenishmentReceiptForm(Replenishments replenishments) {
    this.replenishments = replenishments;
  }

  @Override
  public String formKey() {
    return ReplenishmentProcess.RECEIPT_FORM;
  }

  @Override
  public String businessObjectType() {
    return ReplenishmentProcess.BUSINESS_OBJECT_TYPE;
  }

  @Override
  public String businessObjectVariable() {
    return ReplenishmentProcess.BUSINESS_OBJECT_VARIABLE;
  }

  @Override
  public String title(String businessObjectId) {
    return "Receive " + ReplenishmentTitles.product(replenishments, businessObjectId);
  }

  @Override
  public List<FormField> fields() {
    return FIELDS;
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    Replenishment replenishment = ReplenishmentTitles.require(replenishments, businessObjectId);
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
