package io.flowpod.domain.inventory;

import io.flowpod.domain.catalog.Products;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts a product's demand from its SALE movements: the last {@value #HISTORY_DAYS} complete UTC
 * days (days without sales count as zero), Holt-Winters with weekly seasonality, parameters fitted on
 * all but the last {@value #HELD_OUT_DAYS} days, error measured on those, then refitted on the whole
 * history to forecast {@value #HORIZON_DAYS} days from today.
 */
@Service
public class DemandForecasts {

  static final int HISTORY_DAYS = 112;
  static final int HELD_OUT_DAYS = 14;
  static final int HORIZON_DAYS = 28;
  static final int MIN_SALES_DAYS = 21;

  private final StockStore stock;
  private final ReplenishmentStore rules;
  private final Products products;
  private final Clock clock;

  DemandForecasts(StockStore stock, ReplenishmentStore rules, Products products, Clock clock) {
    this.stock = stock;
    this.rules = rules;
    this.products = products;
    this.clock = clock;
  }

  /**
   * The product's forecast.
   *
   * @throws StockException NOT_FOUND for an unknown (or another workspace's) product
   */
  @Transactional(readOnly = true)
  public DemandForecast forecast(UUID productId) {
    products.find(productId).orElseThrow(() -> StockException.notFound("product"));
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = today.minusDays(HISTORY_DAYS);
    Map<LocalDate, Long> sales = stock.dailySales(productId,
        from.atStartOfDay(ZoneOffset.UTC).toInstant());
    double[] history = new double[HISTORY_DAYS];
    int salesDays = 0;
    for (int i = 0; i < HISTORY_DAYS; i++) {
      long sold = sales.getOrDefault(from.plusDays(i), 0L);
      history[i] = sold;
      salesDays += sold > 0 ? 1 : 0;
    }
    long available = stock.totalAvailable(productId);
    Optional<ReorderRule> rule = rules.rule(productId);
    Long threshold = rule.map(ReorderRule::threshold).orElse(null);
    Integer leadTime = rule.map(ReorderRule::leadTimeDays).orElse(null);
    if (salesDays < MIN_SALES_DAYS) {
      return new DemandForecast(productId, DemandForecast.INSUFFICIENT, from, today.minusDays(1),
          salesDays, null, null, null, null, null, null, List.of(), available, threshold, leadTime,
          null);
    }
    return predict(productId, history, from, today, salesDays, available, rule);
  }

  private static DemandForecast predict(UUID productId, double[] history, LocalDate from,
      LocalDate today, int salesDays, long available, Optional<ReorderRule> rule) {
    double[] training = Arrays.copyOf(history, HISTORY_DAYS - HELD_OUT_DAYS);
    double[] heldOut = Arrays.copyOfRange(history, training.length, HISTORY_DAYS);
    HoltWinters.Params trained = HoltWinters.fit(training);
    double[] check = HoltWinters.forecast(training, trained, HELD_OUT_DAYS);
    HoltWinters.Params params = HoltWinters.fit(history);
    double[] ahead = HoltWinters.forecast(history, params, HORIZON_DAYS);
    List<DemandForecast.DailyQuantity> days = new ArrayList<>();
    for (int i = 0; i < HORIZON_DAYS; i++) {
      days.add(new DemandForecast.DailyQuantity(today.plusDays(i), round(ahead[i])));
    }
    LocalDate reorder = rule.map(r -> lastOrderDate(today, available, ahead, r.threshold(),
        r.leadTimeDays())).orElse(null);
    return new DemandForecast(productId, DemandForecast.HOLT_WINTERS, from, today.minusDays(1),
        salesDays, params.alpha(), params.beta(), params.gamma(), HELD_OUT_DAYS,
        round(ForecastErrors.mae(heldOut, check)), round(ForecastErrors.smapePercent(heldOut, check)),
        days, available, rule.map(ReorderRule::threshold).orElse(null),
        rule.map(ReorderRule::leadTimeDays).orElse(null), reorder);
  }

  /**
   * The last day an order can be placed so that goods arriving {@code leadTimeDays} later come
   * before projected available stock falls to the threshold; null when it stays above it for the
   * whole forecast. Day i of {@code dailyDemand} is {@code today + i}; goods ordered on day d are
   * available from day d + lead time on.
   */
  static LocalDate lastOrderDate(LocalDate today, long available, double[] dailyDemand,
      long threshold, int leadTimeDays) {
    double projected = available;
    for (int i = 0; i < dailyDemand.length; i++) {
      projected -= dailyDemand[i];
      if (projected <= threshold) {
        return today.plusDays(i - (long) leadTimeDays);
      }
    }
    return null;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
