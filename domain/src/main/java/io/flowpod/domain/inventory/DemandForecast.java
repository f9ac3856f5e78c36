package io.flowpod.domain.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A product's expected daily sales. {@code method} is {@value #HOLT_WINTERS} or, with fewer than
 * {@value DemandForecasts#MIN_SALES_DAYS} days with sales in the history, {@value #INSUFFICIENT}
 * (then every number is null and {@code forecast} empty). {@code mae} is the mean absolute error
 * in units and {@code smapePercent} the symmetric mean absolute percentage error (0–200 %) of a
 * forecast from the training part against the held-out last days. {@code suggestedReorderDate} is
 * the last day to order so that, with the lead time, projected available stock stays above the
 * threshold; null without a reorder rule or when it stays above for the whole horizon; a day before
 * today means the order is already late.
 */
public record DemandForecast(UUID productId, String method, LocalDate historyFrom,
    LocalDate historyTo, int salesDays, Double alpha, Double beta, Double gamma, Integer heldOutDays,
    Double mae, Double smapePercent, List<DailyQuantity> forecast, long available, Long threshold,
    Integer leadTimeDays, LocalDate suggestedReorderDate) {

  public static final String HOLT_WINTERS = "holt-winters-additive-weekly";
  public static final String INSUFFICIENT = "insufficient-history";

  public DemandForecast {
    forecast = List.copyOf(forecast);
  }

  /** Expected units sold on a day (fractional: it is an expectation). */
  public record DailyQuantity(LocalDate date, double quantity) {}
}
