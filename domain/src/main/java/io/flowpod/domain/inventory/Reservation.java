package io.flowpod.domain.inventory;

import java.util.UUID;

/** A hold of stock for an order line, identified by the caller's reference. */
public record Reservation(String reference, UUID productId, UUID locationId, long quantity,
    Status status) {

  /**
   * HELD counts in {@code reserved}; RELEASED gave it back; SOLD took it off on hand; RETURNED put a
   * sale of an order cancelled before shipping back on hand.
   */
  public enum Status {
    HELD, RELEASED, SOLD, RETURNED
  }
}
