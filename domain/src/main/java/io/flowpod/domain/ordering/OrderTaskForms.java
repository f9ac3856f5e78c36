package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.UUID;

/** What the order's staff task forms share: the business object they are about. */
final class OrderTaskForms {

  static final String BUSINESS_OBJECT_TYPE = OrderProcess.TASK_BUSINESS_OBJECT;
  static final String BUSINESS_OBJECT_VARIABLE = "orderId";

  private OrderTaskForms() {}

  static Order order(Orders orders, String businessObjectId) {
    try {
      return orders.find(UUID.fromString(businessObjectId))
          .orElseThrow(StaffTaskException::notFound);
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.notFound();
    }
  }

  /** "Order 1042", or just "Order" when the order is gone (the task still needs a title). */
  static String orderLabel(Orders orders, String businessObjectId) {
    try {
      return "Order " + order(orders, businessObjectId).number();
    } catch (StaffTaskException e) {
      return "Order";
    }
  }
}
