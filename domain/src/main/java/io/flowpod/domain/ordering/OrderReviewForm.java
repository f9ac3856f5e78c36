package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The review of a large order before payment is asked for: approve or reject, with an optional note.
 * The decision is recorded on the order's timeline; the flow continues with {@code approved}.
 */
@Component
class OrderReviewForm extends OrderTaskForm {

  OrderReviewForm(Orders orders) {
    super(orders, OrderProcess.REVIEW_FORM, "review before payment");
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
    Order order = order(businessObjectId);
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      throw StaffTaskException.conflict("Order " + order.number() + " is no longer waiting for "
          + "review");
    }
    orders.recordStep(order.id(), Orders.REVIEWED, approved ? "APPROVED" : "REJECTED", actorUserId);
    return Map.of("approved", approved);
  }
}
