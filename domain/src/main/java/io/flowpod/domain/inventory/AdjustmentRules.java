package io.flowpod.domain.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Field rules of a {@link StockAdjustment}: every problem is reported at once, values never echoed. */
final class AdjustmentRules {

  static final int MAX_REASON = 500;
  private static final Set<MovementKind> MANUAL =
      Set.of(MovementKind.ADJUSTMENT, MovementKind.RECEIPT, MovementKind.RETURN);

  private AdjustmentRules() {}

  /** The adjustment's kind if every field is valid. */
  static MovementKind check(StockAdjustment adjustment) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (adjustment.productId() == null) {
      violations.put("productId", "is required");
    }
    MovementKind kind = kind(adjustment.kind(), violations);
    Integer delta = adjustment.quantityDelta();
    if (delta == null || delta == 0) {
      violations.put("quantityDelta", "must be a non-zero whole number");
    } else if (delta < 0 && kind != MovementKind.ADJUSTMENT && kind != null) {
      violations.put("quantityDelta", "must be positive for a " + kind);
    }
    String reason = adjustment.reason() == null ? "" : adjustment.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON) {
      violations.put("reason", "must be 1 to " + MAX_REASON + " characters");
    }
    if (!violations.isEmpty()) {
      throw StockException.invalid(violations);
    }
    return kind;
  }

  private static MovementKind kind(String text, Map<String, String> violations) {
    if (text == null) {
      return MovementKind.ADJUSTMENT;
    }
    for (MovementKind kind : MANUAL) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    violations.put("kind", "must be ADJUSTMENT, RECEIPT or RETURN");
    return null;
  }
}
