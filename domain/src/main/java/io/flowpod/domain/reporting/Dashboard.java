package io.flowpod.domain.reporting;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin dashboard's figures for the current workspace. "Today" and "this month" are the
 * workspace's calendar days in its own time zone.
 */
@Service
public class Dashboard {

  /** Low-stock level of products without a reorder rule: at most this many available is low. */
  public static final long LOW_STOCK_THRESHOLD = 5;
  static final int DAYS = 30;
  static final int TOP_PRODUCTS = 5;

  private final DashboardQueries queries;
  private final Tenants tenants;
  private final Clock clock;

  Dashboard(DashboardQueries queries, Tenants tenants, Clock clock) {
    this.queries = queries;
    this.tenants = tenants;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public DashboardView current() {
    Tenant tenant = tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    ZoneId zone = ZoneId.of(tenant.timeZone());
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Instant dayStart = today.atStartOfDay(zone).toInstant();
    Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
    Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
    LocalDate firstDay = today.minusDays(DAYS - 1L);

    DashboardQueries.Totals day = queries.totals(dayStart, tomorrow);
    DashboardQueries.Totals month = queries.totals(monthStart, tomorrow);
    long ordersToday = queries.ordersPlaced(dayStart, tomorrow);

    Map<LocalDate, DashboardView.DailyRevenue> daily = new LinkedHashMap<>();
    for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1)) {
      daily.put(d, new DashboardView.DailyRevenue(d, 0, 0));
    }
    for (DashboardView.DailyRevenue found : queries.revenuePerDay(
        firstDay.atStartOfDay(zone).toInstant(), tomorrow, zone)) {
      daily.computeIfPresent(found.day(), (d, zero) -> found);
    }
    List<DashboardView.TopProduct> top = queries.topProducts(monthStart, tomorrow, TOP_PRODUCTS);
    List<DashboardView.LowStock> low = queries.lowStock(LOW_STOCK_THRESHOLD);
    return new DashboardView(tenant.currency(), zone.getId(), today, ordersToday,
        day.revenueMinor(), month.orders(), month.revenueMinor(), month.profitMinor(), top, low,
        LOW_STOCK_THRESHOLD, List.copyOf(daily.values()));
  }
}
