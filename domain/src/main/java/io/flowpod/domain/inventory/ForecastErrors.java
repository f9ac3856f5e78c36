package io.flowpod.domain.inventory;

/** Forecast error measures over equally long actual and forecast series. */
final class ForecastErrors {

  private ForecastErrors() {}

  /** Mean absolute error, in the series' unit. */
  static double mae(double[] actual, double[] forecast) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      sum += Math.abs(actual[i] - forecast[i]);
    }
    return sum / actual.length;
  }

  /**
   * Symmetric MAPE in percent (0–200): mean of 2|F − A| / (|A| + |F|); a day where both are zero
   * counts as no error. Chosen over MAPE because days without sales make MAPE undefined.
   */
  static double smapePercent(double[] actual, double[] forecast) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      double scale = Math.abs(actual[i]) + Math.abs(forecast[i]);
      sum += scale == 0 ? 0 : 2 * Math.abs(forecast[i] - actual[i]) / scale;
    }
    return 100 * sum / actual.length;
  }
}
