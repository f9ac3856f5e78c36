package io.flowpod.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Holt-Winters on synthetic series, the held-out error measures and the reorder date arithmetic. */
class DemandForecastTest {

  private static final double[] WEEK = {10, 12, 11, 13, 20, 35, 30};

  @Test
  void aWeeklyPatternIsRecoveredAndForecastOnTheRightWeekdays() {
    double[] history = weeklyWithNoise(112, 0.0, 1);
    HoltWinters.Params params = HoltWinters.fit(history);
    double[] ahead = HoltWinters.forecast(history, params, 28);
    for (int h = 0; h < 28; h++) {
      // day 112 + h has the weekday index (112 + h) % 7
      assertThat(ahead[h]).as("day %d", h).isCloseTo(WEEK[(112 + h) % 7], within(0.5));
    }
  }

  @Test
  void theErrorOnTheHeldOutPartIsSmallForAPatternAndLargeForAFlatGuess() {
    double[] history = weeklyWithNoise(112, 2.0, 7);
    double[] training = Arrays.copyOf(history, 98);
    double[] heldOut = Arrays.copyOfRange(history, 98, 112);
    double[] forecast = HoltWinters.forecast(training, HoltWinters.fit(training), 14);
    double[] flat = new double[14];
    Arrays.fill(flat, Arrays.stream(training).average().orElseThrow());

    double mae = ForecastErrors.mae(heldOut, forecast);
    assertThat(mae).isLessThan(3.0);
    assertThat(mae).isLessThan(ForecastErrors.mae(heldOut, flat) / 2);
    assertThat(ForecastErrors.smapePercent(heldOut, forecast)).isBetween(0.0, 20.0);
  }

  @Test
  void errorMeasuresFollowTheirDefinitions() {
    double[] actual = {10, 0, 4, 0};
    double[] forecast = {12, 0, 2, 1};
    assertThat(ForecastErrors.mae(actual, forecast)).isEqualTo((2 + 0 + 2 + 1) / 4.0);
    // 2*2/22, both zero -> 0, 2*2/6, 2*1/1
    assertThat(ForecastErrors.smapePercent(actual, forecast))
        .isCloseTo(100 * (4.0 / 22 + 0 + 4.0 / 6 + 2.0) / 4, within(1e-9));
  }

  @Test
  void theReorderDateLeavesTheLeadTimeBeforeStockReachesTheThreshold() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    double[] fivePerDay = new double[28];
    Arrays.fill(fivePerDay, 5);
    // 100 available, threshold 20: after day i (0-based) 100 - 5(i+1) <= 20 first at i = 15
    assertThat(DemandForecasts.lastOrderDate(today, 100, fivePerDay, 20, 3))
        .isEqualTo(today.plusDays(12));
    assertThat(DemandForecasts.lastOrderDate(today, 100, fivePerDay, 20, 0))
        .isEqualTo(today.plusDays(15));
    // already too late: the date lies before today
    assertThat(DemandForecasts.lastOrderDate(today, 22, fivePerDay, 20, 5))
        .isEqualTo(today.minusDays(5));
    // never crosses within the horizon
    assertThat(DemandForecasts.lastOrderDate(today, 1000, fivePerDay, 20, 3)).isNull();
  }

  @Test
  void tooShortASeriesIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> HoltWinters.forecast(new double[10], new HoltWinters.Params(0.1, 0, 0.1), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double[] weeklyWithNoise(int days, double noise, long seed) {
    Random random = new Random(seed);
    double[] series = new double[days];
    for (int i = 0; i < days; i++) {
      series[i] = Math.max(0, WEEK[i % 7] + noise * random.nextGaussian());
    }
    return series;
  }
}
