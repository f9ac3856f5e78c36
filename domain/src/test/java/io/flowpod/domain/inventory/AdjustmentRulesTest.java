package io.flowpod.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdjustmentRulesTest {

  private static final UUID PRODUCT = UUID.randomUUID();

  @Test
  void kindDefaultsToAdjustmentAndAdjustmentsMayBeNegative() {
    assertThat(AdjustmentRules.check(new StockAdjustment(PRODUCT, null, -5, null, "Count")))
        .isEqualTo(MovementKind.ADJUSTMENT);
    assertThat(AdjustmentRules.check(new StockAdjustment(PRODUCT, null, 5, "RETURN", "Back")))
        .isEqualTo(MovementKind.RETURN);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> AdjustmentRules.check(new StockAdjustment(null, null, 0, "SALE", "")))
        .isInstanceOfSatisfying(StockException.class, e -> {
          assertThat(e.reason()).isEqualTo(StockException.Reason.INVALID);
          assertThat(e.violations()).containsOnlyKeys("productId", "kind", "quantityDelta", "reason");
        });
  }

  @Test
  void receiptsAndReturnsOnlyAdd() {
    assertThatThrownBy(() -> AdjustmentRules.check(
        new StockAdjustment(PRODUCT, null, -1, "RECEIPT", "x")))
        .isInstanceOfSatisfying(StockException.class,
            e -> assertThat(e.violations()).containsOnlyKeys("quantityDelta"));
  }

  @Test
  void theReasonIsAtMost500CharactersAfterTrimming() {
    assertThat(AdjustmentRules.check(
        new StockAdjustment(PRODUCT, null, 1, null, " " + "r".repeat(500) + " ")))
        .isEqualTo(MovementKind.ADJUSTMENT);
    assertThatThrownBy(() -> AdjustmentRules.check(
        new StockAdjustment(PRODUCT, null, 1, null, "r".repeat(501))))
        .isInstanceOf(StockException.class);
  }

  @Test
  void availableIsOnHandMinusReserved() {
    assertThat(new StockLevel(PRODUCT, UUID.randomUUID(), "Main", 10, 3).available()).isEqualTo(7);
  }
}
