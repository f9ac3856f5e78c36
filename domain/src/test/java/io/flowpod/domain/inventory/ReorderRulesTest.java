package io.flowpod.domain.inventory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReorderRulesTest {

  @Test
  void everyFieldProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> ReorderRules.check(new ReorderRuleDraft(-1L, 0L, 366)))
        .isInstanceOfSatisfying(StockException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.violations()).containsOnlyKeys("threshold", "reorderQuantity",
                "leadTimeDays"));
    assertThatThrownBy(() -> ReorderRules.check(new ReorderRuleDraft(null, null, null)))
        .isInstanceOfSatisfying(StockException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.violations()).hasSize(3));
  }

  @Test
  void boundaryValuesAreAccepted() {
    assertThatCode(() -> ReorderRules.check(new ReorderRuleDraft(0L, 1L, 0))).doesNotThrowAnyException();
    assertThatCode(() -> ReorderRules.check(new ReorderRuleDraft(5L, 10L, 365)))
        .doesNotThrowAnyException();
  }
}
