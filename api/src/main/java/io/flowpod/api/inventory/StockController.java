package io.flowpod.api.inventory;

import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.api.inventory.StockDtos.AdjustmentRequest;
import io.flowpod.api.inventory.StockDtos.LevelResponse;
import io.flowpod.api.inventory.StockDtos.LevelsResponse;
import io.flowpod.api.inventory.StockDtos.MovementResponse;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.inventory.Stock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stock levels, adjustments and the ledger. Unknown and other workspaces' products answer 404;
 * adjustments that would take on hand below what is reserved answer 409 with the available quantity.
 */
@RestController
@RequestMapping("/api/v1/stock")
@Tag(name = "Stock")
class StockController {

  private final Stock stock;

  StockController(Stock stock) {
    this.stock = stock;
  }

  @GetMapping
  @Operation(summary = "A product's stock per location",
      description = "Roles: any signed-in role. {items: [{productId, locationId, locationName, "
          + "onHand, reserved, available}]}, one per location; 404 for an unknown product.")
  LevelsResponse levels(@RequestParam UUID productId) {
    return new LevelsResponse(stock.levels(productId).stream().map(LevelResponse::of).toList());
  }

  @PostMapping("/adjustments")
  @Idempotent
  @Operation(summary = "Adjust a product's on-hand stock",
      description = "Roles: OWNER, ADMIN, MANAGER. Honours Idempotency-Key. kind ADJUSTMENT "
          + "(default), RECEIPT or RETURN (positive only); reason required. 201 with the new level; "
          + "404 for an unknown product or location; 409 for an archived product or when on hand "
          + "would drop below the reserved quantity (the problem names the product and available).")
  ResponseEntity<LevelResponse> adjust(@RequestBody AdjustmentRequest request,
      CurrentUser caller) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(LevelResponse.of(stock.adjust(request.adjustment(), caller.userId())));
  }

  @GetMapping("/movements")
  @Operation(summary = "A product's stock movements, newest first",
      description = "Roles: OWNER, ADMIN, MANAGER. Paged; 404 for an unknown product.")
  Page<MovementResponse> movements(@RequestParam UUID productId,
      @Sortable(fields = {"occurredAt"}, byDefault = "occurredAt,desc") PageRequest page) {
    return Page.from(stock.movements(productId, page.page(), page.size()))
        .map(MovementResponse::of);
  }
}
