package io.flowpod.domain.inventory;

/**
 * Additive Holt-Winters (level, trend, weekly seasonality) over a daily series. The first season
 * initialises the state: level = its mean, trend = (mean of the second season − mean of the first)
 * / season length, seasonal index = each day's difference from the first mean. Parameters are
 * chosen by grid search on the one-step-ahead squared error within the data given.
 */
final class HoltWinters {

  static final int SEASON = 7;
  private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7};
  private static final double[] BETAS = {0.0, 0.01, 0.05, 0.1};
  private static final double[] GAMMAS = {0.05, 0.1, 0.2, 0.3, 0.5};

  /** Smoothing weights of level, trend and season, each in [0, 1]. */
  record Params(double alpha, double beta, double gamma) {}

  private HoltWinters() {}

  /** The parameters with the least one-step-ahead squared error on the series (≥ 2 seasons). */
  static Params fit(double[] series) {
    Params best = null;
    double bestError = Double.POSITIVE_INFINITY;
    for (double alpha : ALPHAS) {
      for (double beta : BETAS) {
        for (double gamma : GAMMAS) {
          Params params = new Params(alpha, beta, gamma);
          double error = run(series, params, 0).sse;
          if (error < bestError) {
            bestError = error;
            best = params;
          }
        }
      }
    }
    return best;
  }

  /** The next {@code horizon} values after the series, never below zero (demand is not negative). */
  static double[] forecast(double[] series, Params params, int horizon) {
    return run(series, params, horizon).forecast;
  }

  private record Run(double sse, double[] forecast) {}

  private static Run run(double[] x, Params p, int horizon) {
    if (x.length < 2 * SEASON) {
      throw new IllegalArgumentException("Holt-Winters needs at least two seasons of data");
    }
    double first = mean(x, 0);
    double level = first;
    double trend = (mean(x, SEASON) - first) / SEASON;
    double[] season = new double[SEASON];
    for (int i = 0; i < SEASON; i++) {
      season[i] = x[i] - first;
    }
    double sse = 0;
    for (int t = SEASON; t < x.length; t++) {
      int s = t % SEASON;
      double predicted = level + trend + season[s];
      sse += (x[t] - predicted) * (x[t] - predicted);
      double previousLevel = level;
      level = p.alpha() * (x[t] - season[s]) + (1 - p.alpha()) * (level + trend);
      trend = p.beta() * (level - previousLevel) + (1 - p.beta()) * trend;
      season[s] = p.gamma() * (x[t] - level) + (1 - p.gamma()) * season[s];
    }
    double[] forecast = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      forecast[h - 1] = Math.max(0, level + h * trend + season[(x.length - 1 + h) % SEASON]);
    }
    return new Run(sse, forecast);
  }

  private static double mean(double[] x, int from) {
    double sum = 0;
    for (int i = from; i < from + SEASON; i++) {
      sum += x[i];
    }
    return sum / SEASON;
  }
}
