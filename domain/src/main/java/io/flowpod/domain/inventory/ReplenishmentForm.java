package io.flowpod.domain.inventory;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.UUID;

/**
 * What the replenishment forms share: they are about a replenishment (variable
 * {@code replenishmentId}), their titles name the product ("Reorder SKU-123 (Blue mug)"), and
 * they find the replenishment or answer NOT_FOUND.
 */
abstract class ReplenishmentForm implements StaffTaskForm {

  protected final Replenishments replenishments;
  private final String formKey;
  private final String verb;
  private final List<FormField> fields;

  ReplenishmentForm(Replenishments replenishments, String formKey, String verb,
      List<FormField> fields) {
    this.replenishments = replenishments;
    this.formKey = formKey;
    this.verb = verb;
    this.fields = List.copyOf(fields);
  }

  @Override
  public String formKey() {
    return formKey;
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
    Replenishment r = require(businessObjectId);
    return verb + " " + r.sku() + " (" + r.productName() + ")";
  }

  @Override
  public List<FormField> fields() {
    return fields;
  }

  Replenishment require(String id) {
    try {
      return replenishments.find(UUID.fromString(id)).orElseThrow(StaffTaskException::notFound);
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.notFound();
    }
  }
}
