package io.flowpod.domain.ordering;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Picking, packing and shipping a paid order: the carrier and tracking number ship it
 * ({@link Orders#ship}); the flow continues with {@code autoDeliverAt} for its delivery timer.
 */
@Component
class OrderFulfilmentForm extends OrderTaskForm {

  OrderFulfilmentForm(Orders orders) {
    super(orders, OrderProcess.FULFILMENT_FORM, "pick, pack and ship");
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
    Order order = order(businessObjectId);
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
