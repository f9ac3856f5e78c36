package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Picking, packing and shipping a paid order: the carrier and tracking number ship it
 * ({@link Orders#ship}); the flow continues with {@code autoDeliverAt} for its delivery timer.
 */
@Component
class OrderFulfilmentForm implements StaffTaskForm {

  private final Orders orders;

  OrderFulfilmentForm(Orders orders) {
    this.orders = orders;
  }

  @Override
  public String formKey() {
    return OrderProcess.FULFILMENT_FORM;
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
    return OrderTaskForms.orderLabel(orders, businessObjectId) + ": pick, pack and ship";
  }

  @Override
  public List<FormField> fields() {
    return List.of(
        new FormField("carrier", "Carrier", FormField.Type.TEXT, true, List.of()),
        new FormField("trackingNumber", "Tracking number", FormField.Type.TEXT, true, List.of()));
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    Order order = OrderTaskForms.order(orders, businessObjectId);
    Order shipped;
    try {
      shipped = orders.ship(order.id(), text(input.get("carrier")),
          text(input.get("trackingNumber")), actorUserId);
    } catch (OrderException e) {
      throw switch (e.reason()) {
        case INVALID -> StaffTaskException.invalid(e.fieldErrors());
        case CONFLICT -> StaffTaskException.conflict(e.getMessage());
        case NOT_FOUND -> StaffTaskException.notFound();
      };
    }
    return Map.of("autoDeliverAt", shipped.autoDeliverAt().toString());
  }

  private static String text(Object value) {
    return value instanceof String text ? text : null;
  }
}
