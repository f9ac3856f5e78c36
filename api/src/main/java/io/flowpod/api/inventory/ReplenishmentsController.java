package io.flowpod.api.inventory;

import io.flowpod.api.inventory.InventoryRulesDtos.ReplenishmentResponse;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.domain.inventory.Replenishments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Restocking requests opened by low stock, with their order, delivery and late flag. */
@RestController
@RequestMapping("/api/v1/replenishments")
@Tag(name = "Stock")
class ReplenishmentsController {

  private final Replenishments replenishments;

  ReplenishmentsController(Replenishments replenishments) {
    this.replenishments = replenishments;
  }

  @GetMapping
  @Operation(summary = "The workspace's replenishments, newest first",
      description = "Roles: any signed-in role. Filters: status (REQUESTED, ORDERED, RECEIVED), "
          + "productId. Paged. late is true once the expected delivery passed without a receipt.")
  Page<ReplenishmentResponse> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) UUID productId,
      @Sortable(fields = {"requestedAt"}, byDefault = "requestedAt,desc") PageRequest page) {
    return Page.from(replenishments.list(Replenishments.status(status), productId, page.page(),
        page.size())).map(ReplenishmentResponse::of);
  }
}
