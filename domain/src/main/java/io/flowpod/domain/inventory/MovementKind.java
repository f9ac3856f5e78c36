package io.flowpod.domain.inventory;

/** Why stock changed. People record ADJUSTMENT, RECEIPT and RETURN; the order flow the others. */
public enum MovementKind {
  SALE, RESERVATION, RELEASE, ADJUSTMENT, RECEIPT, RETURN
}
