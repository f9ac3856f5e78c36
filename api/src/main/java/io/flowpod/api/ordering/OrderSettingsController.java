package io.flowpod.api.ordering;

import io.flowpod.api.ordering.OrderDtos.SettingsBody;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.domain.ordering.OrderSettings;
import io.flowpod.domain.ordering.OrderSettingsStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's order policy: payment reminder and timeout, fulfilment notice, auto-delivery. */
@RestController
@RequestMapping("/api/v1/settings/orders")
@Tag(name = "Orders")
class OrderSettingsController {

  private final OrderSettingsStore settings;

  OrderSettingsController(OrderSettingsStore settings) {
    this.settings = settings;
  }

  @GetMapping
  @Operation(summary = "The workspace's order policy",
      description = "Roles: any signed-in role. ISO-8601 durations; the defaults until changed.")
  SettingsBody get() {
    return body(settings.current());
  }

  @PutMapping
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Replace the workspace's order policy",
      description = "Roles: OWNER, ADMIN. Every field required, ISO-8601 (PT24H, P14D): "
          + "paymentReminderAfter PT1M..P30D and shorter than paymentTimeout (PT2M..P30D), "
          + "fulfilmentNoticeAfter PT1M..P90D, autoDeliverAfter PT1M..P180D. Applies to deadlines "
          + "set from now on.")
  public SettingsBody put(@RequestBody SettingsBody request) {
    List<FieldViolation> errors = new ArrayList<>();
    OrderSettings wanted = new OrderSettings(
        duration(request.paymentReminderAfter(), "paymentReminderAfter", errors),
        duration(request.paymentTimeout(), "paymentTimeout", errors),
        duration(request.fulfilmentNoticeAfter(), "fulfilmentNoticeAfter", errors),
        duration(request.autoDeliverAfter(), "autoDeliverAfter", errors));
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    return body(settings.update(wanted));
  }

  private static Duration duration(String value, String field, List<FieldViolation> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldViolation(field, "is required (ISO-8601 duration such as PT24H)"));
      return null;
    }
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldViolation(field, "must be an ISO-8601 duration such as PT24H or P14D"));
      return null;
    }
  }

  private static SettingsBody body(OrderSettings s) {
    return new SettingsBody(s.paymentReminderAfter().toString(), s.paymentTimeout().toString(),
        s.fulfilmentNoticeAfter().toString(), s.autoDeliverAfter().toString());
  }
}
