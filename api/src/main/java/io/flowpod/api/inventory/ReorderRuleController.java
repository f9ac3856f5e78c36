package io.flowpod.api.inventory;

import io.flowpod.api.inventory.InventoryRulesDtos.ReorderRuleRequest;
import io.flowpod.api.inventory.InventoryRulesDtos.ReorderRuleResponse;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.inventory.DemandForecast;
import io.flowpod.domain.inventory.DemandForecasts;
import io.flowpod.domain.inventory.ReorderRules;
import io.flowpod.domain.inventory.StockException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A product's low-stock rule and its demand forecast. Unknown and other workspaces' products answer
 * 404, like the product endpoints.
 */
@RestController
@RequestMapping("/api/v1/products/{id}")
@Tag(name = "Stock")
class ReorderRuleController {

  private final ReorderRules rules;
  private final DemandForecasts forecasts;

  ReorderRuleController(ReorderRules rules, DemandForecasts forecasts) {
    this.rules = rules;
    this.forecasts = forecasts;
  }

  @GetMapping("/reorder-rule")
  @Operation(summary = "A product's reorder rule",
      description = "Roles: any signed-in role. 404 for an unknown product or when the product has "
          + "no rule.")
  ReorderRuleResponse rule(@PathVariable UUID id) {
    return rules.find(id).map(ReorderRuleResponse::of)
        .orElseThrow(() -> StockException.noRule(id));
  }

  @PutMapping("/reorder-rule")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Set a product's reorder rule",
      description = "Roles: OWNER, ADMIN, MANAGER. threshold 0..10^9, reorderQuantity 1..10^9, "
          + "leadTimeDays 0..365, all required; every field problem is one 400. When available "
          + "stock later falls from above the threshold to at or below it, a replenishment is "
          + "requested (one open per product).")
  ReorderRuleResponse put(@PathVariable UUID id, @RequestBody ReorderRuleRequest request,
      CurrentUser caller) {
    return ReorderRuleResponse.of(rules.put(id, request.draft(), caller.userId()));
  }

  @GetMapping("/forecast")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "A product's demand forecast and suggested reorder date",
      description = "Roles: OWNER, ADMIN, MANAGER. Additive Holt-Winters with weekly seasonality "
          + "over the last 112 days of sales; error (MAE, sMAPE %) on the held-out last 14 days; "
          + "28 days ahead. method insufficient-history (no numbers) with fewer than 21 days with "
          + "sales.")
  DemandForecast forecast(@PathVariable UUID id) {
    return forecasts.forecast(id);
  }
}
