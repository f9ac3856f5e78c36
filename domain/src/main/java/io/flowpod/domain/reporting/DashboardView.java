package io.flowpod.domain.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The workspace's figures at a glance, with days in its time zone. Revenue counts orders that were
 * paid and not cancelled (CONFIRMED, SHIPPED, DELIVERED), tax included; profit is their net (without
 * tax) minus the cost captured on their lines.
 *
 * @param lowStockThreshold the threshold of products without a reorder rule
 */
public record DashboardView(String currency, String timeZone, LocalDate today,
    long ordersToday, long revenueTodayMinor, long monthOrders, long monthRevenueMinor,
    long monthProfitMinor, List<TopProduct> topProducts, List<LowStock> lowStock,
    long lowStockThreshold, List<DailyRevenue> revenueLast30Days) {

  public DashboardView {
    topProducts = List.copyOf(topProducts);
    lowStock = List.copyOf(lowStock);
    revenueLast30Days = List.copyOf(revenueLast30Days);
  }

  /** A best seller of this month by quantity, with its revenue (tax included). */
  public record TopProduct(UUID productId, String sku, String name, long quantity,
      long revenueMinor) {}

  /**
   * An active product at or below its threshold (its reorder rule's, else the default): available is
   * on hand minus reserved over every location.
   */
  public record LowStock(UUID productId, String sku, String name, long available,
      long threshold) {}

  /** Revenue of one day (tax included); every day of the range is present, zero when quiet. */
  public record DailyRevenue(LocalDate day, long revenueMinor, long orders) {}
}
