package io.flowpod.domain.inventory;

/**
 * What a reservation attempt came to. OUT_OF_STOCK is an expected business outcome (the order flow
 * tells the customer), not an error; {@code available} is what could have been reserved.
 */
public record ReservationResult(Outcome outcome, long available) {

  /** RESERVED also answers a repeated call whose reference already holds stock. */
  public enum Outcome {
    RESERVED, OUT_OF_STOCK
  }
}
