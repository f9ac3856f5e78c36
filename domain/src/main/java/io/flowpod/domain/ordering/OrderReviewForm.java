package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The review of a large order before payment is asked for: approve or reject, with an optional note.
 * The decision is recorded on the order's timeline; the flow continues with {@code approved}.
 */
@Component
class OrderReviewForm implements StaffTaskForm {

  private final Orders orders;

  OrderReviewForm(Orders orders) {
    this.orders = orders;
  }

  @Override
  public String formKey() {
    return OrderProcess.REVIEW_FORM;
  }

  @Override
  public String businessObjectType() {
    return OrderTaskForms.BUSINESS_OBJECT_TYPE;
  }

  @Override
  public String businessObjectVariable() {
    return OrderTaskForms.BUSINESS_OBJECT_VARIABLE;
  }

  @Override
  public String title(String businessObjectId) {
    return OrderTaskForms.orderLabel(orders, businessObjectId) + ": review before payment";
  }

  @Override
  public List<FormField> fields() {
    return List.of(
        new FormField("approved", "Approve the order", FormField.Type.BOOLEAN, true, List.of()),
        new FormField("note", "Note", FormField.Type.TEXT, false, List.of()));
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    if (!(input.get("approved") instanceof Boolean approved)) {
      throw StaffTaskException.invalid(Map.of("approved", "is required: true or false"));
    }
    Object note = input.get("note");
    if (note != null && (!(note instanceof String text) || text.length() > OrderRules.MAX_NOTE)) {
      throw StaffTaskException.invalid(Map.of("note",
          "must be a text of at most " + OrderRules.MAX_NOTE + " characters"));
    }
    Order order = OrderTaskForms.order(orders, businessObjectId);
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      throw StaffTaskException.conflict("Order " + order.number() + " is no longer waiting for "
          + "review");
    }
    orders.recordStep(order.id(), Orders.REVIEWED, approved ? "APPROVED" : "REJECTED", actorUserId);
    return Map.of("approved", approved);
  }
}
