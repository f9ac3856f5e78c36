package io.flowpod.domain.inventory;

import java.util.UUID;

/** A product's stock at one location; {@code reserved} is held for orders not yet sold. */
public record StockLevel(UUID productId, UUID locationId, String locationName, long onHand,
    long reserved) {

  /** What can still be sold or reserved. */
  public long available() {
    return onHand - reserved;
  }
}
