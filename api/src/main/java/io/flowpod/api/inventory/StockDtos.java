package io.flowpod.api.inventory;

import io.flowpod.domain.inventory.StockAdjustment;
import io.flowpod.domain.inventory.StockLevel;
import io.flowpod.domain.inventory.StockMovement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the stock API. */
final class StockDtos {

  private StockDtos() {}

  /** A change to on-hand stock; locationId defaults to the workspace's main location. */
  record AdjustmentRequest(UUID productId, UUID locationId, Integer quantityDelta, String kind,
      String reason) {

    StockAdjustment adjustment() {
      return new StockAdjustment(productId, locationId, quantityDelta, kind, reason);
    }
  }

  record LevelResponse(UUID productId, UUID locationId, String locationName, long onHand,
      long reserved, long available) {

    static LevelResponse of(StockLevel level) {
      return new LevelResponse(level.productId(), level.locationId(), level.locationName(),
          level.onHand(), level.reserved(), level.available());
    }
  }

  /** A product's levels, one per location of the workspace. */
  record LevelsResponse(List<LevelResponse> items) {
  }

  record MovementResponse(UUID id, UUID productId, UUID locationId, String kind, long onHandDelta,
      long reservedDelta, UUID userId, String reason, String reference, Instant occurredAt) {

    static MovementResponse of(StockMovement m) {
      return new MovementResponse(m.id(), m.productId(), m.locationId(), m.kind().name(),
          m.onHandDelta(), m.reservedDelta(), m.userId(), m.reason(), m.reference(),
          m.occurredAt());
    }
  }
}
