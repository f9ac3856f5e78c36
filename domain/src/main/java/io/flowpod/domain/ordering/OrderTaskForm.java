package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.UUID;

/** What the order's staff task forms share: the order they are about and a title naming it. */
abstract class OrderTaskForm implements StaffTaskForm {

  protected final Orders orders;
  private final String formKey;
  private final String work;

  OrderTaskForm(Orders orders, String formKey, String work) {
    this.orders = orders;
    this.formKey = formKey;
    this.work = work;
  }

  @Override
  public String formKey() {
    return formKey;
  }

  @Override
  public String businessObjectType() {
    return OrderProcess.TASK_BUSINESS_OBJECT;
  }

  @Override
  public String businessObjectVariable() {
    return "orderId";
  }

  /** "Order 1042: pick, pack and ship"; just "Order: ..." when the order is gone. */
  @Override
  public String title(String businessObjectId) {
    try {
      return "Order " + order(businessObjectId).number() + ": " + work;
    } catch (StaffTaskException e) {
      return "Order: " + work;
    }
  }

  protected Order order(String businessObjectId) {
    try {
      return orders.find(UUID.fromString(businessObjectId))
          .orElseThrow(StaffTaskException::notFound);
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.notFound();
    }
  }
}
