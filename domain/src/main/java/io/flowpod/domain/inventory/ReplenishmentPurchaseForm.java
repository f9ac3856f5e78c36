package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Task_OrderFromSupplier: a buyer records the supplier order. The replenishment becomes ORDERED;
 * the flow continues with {@code quantityOrdered} and {@code expectedAt}, the end of the expected
 * delivery day in the workspace's time zone (midnight starting the next day there), when the
 * late-delivery timer fires.
 */
@Component
class ReplenishmentPurchaseForm extends ReplenishmentForm {

  private static final List<FormField> FIELDS = List.of(
      new FormField("supplier", "Supplier", FormField.Type.TEXT, true, List.of()),
      new FormField("quantity", "Quantity to order (defaults to the reorder quantity)",
          FormField.Type.NUMBER, false, List.of()),
      new FormField("expectedDate", "Expected delivery date", FormField.Type.DATE, true,
          List.of()));

  private final Tenants tenants;
  private final Clock clock;

  ReplenishmentPurchaseForm(Replenishments replenishments, Tenants tenants, Clock clock) {
    super(replenishments, ReplenishmentProcess.PURCHASE_FORM, "Reorder", FIELDS);
    this.tenants = tenants;
    this.clock = clock;
  }

  @Override
  public Map<String, Object> complete(String businessObjectId, Map<String, Object> input,
      UUID actorUserId) {
    Replenishment replenishment = require(businessObjectId);
    Map<String, Object> values = new LinkedHashMap<>(input);
    values.putIfAbsent("quantity", replenishment.reorderQuantity());
    Map<String, String> violations = new LinkedHashMap<>();
    String supplier = FormInputs.text(values, "supplier", 200, violations);
    Long quantity = FormInputs.wholeNumber(values, "quantity", 1, ReorderRules.MAX_QUANTITY,
        violations);
    LocalDate expectedDate = FormInputs.date(values, "expectedDate", violations);
    ZoneId zone = ZoneId.of(tenants.find(TenantContext.require()).orElseThrow().timeZone());
    if (expectedDate != null && expectedDate.isBefore(LocalDate.now(clock.withZone(zone)))) {
      violations.put("expectedDate", "must be today or later");
    }
    if (!violations.isEmpty()) {
      throw StaffTaskException.invalid(violations);
    }
    Instant expectedAt = expectedDate.plusDays(1).atStartOfDay(zone).toInstant();
    if (!replenishments.markOrdered(replenishment.id(), supplier, quantity, expectedAt)) {
      throw StaffTaskException.conflict("The replenishment was already received");
    }
    return Map.of("quantityOrdered", quantity, "expectedAt", expectedAt.toString());
  }
}
