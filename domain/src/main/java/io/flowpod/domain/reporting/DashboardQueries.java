package io.flowpod.domain.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's SQL; runs inside the caller's tenant transaction, so RLS scopes every row. */
@Repository
class DashboardQueries {

  /** Orders that count as sales: paid and neither cancelled nor refunded. */
  private static final String SOLD = "o.status in ('CONFIRMED','SHIPPED','DELIVERED')";

  record Totals(long orders, long revenueMinor, long profitMinor) {}

  private final JdbcClient jdbc;

  DashboardQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Sold orders placed in [from, to): count, revenue (total) and profit (net minus cost). */
  Totals totals(Instant from, Instant to) {
    return jdbc.sql("""
            select count(*) as orders, coalesce(sum(o.total_minor), 0) as revenue,
              coalesce(sum(o.subtotal_minor - o.cost_minor), 0) as profit
            from orders o where %s and o.placed_at >= ? and o.placed_at < ?""".formatted(SOLD))
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, n) -> new Totals(rs.getLong("orders"), rs.getLong("revenue"),
            rs.getLong("profit")))
        .single();
  }

  /** Every order placed in [from, to), whatever became of it. */
  long ordersPlaced(Instant from, Instant to) {
    return jdbc.sql("select count(*) from orders o where o.placed_at >= ? and o.placed_at < ?")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(Long.class).single();
  }

  /** Revenue of sold orders per calendar day in the zone; days without sales are absent. */
  List<DashboardView.DailyRevenue> revenuePerDay(Instant from, Instant to, ZoneId zone) {
    return jdbc.sql("""
            select (o.placed_at at time zone ?)::date as day, count(*) as orders,
              coalesce(sum(o.total_minor), 0) as revenue
            from orders o where %s and o.placed_at >= ? and o.placed_at < ?
            group by 1 order by 1""".formatted(SOLD))
        .params(zone.getId(), Timestamp.from(from), Timestamp.from(to))
        .query((rs, n) -> new DashboardView.DailyRevenue(rs.getDate("day").toLocalDate(),
            rs.getLong("revenue"), rs.getLong("orders")))
        .list();
  }

  /** The best sellers by quantity among sold orders placed in [from, to). */
  List<DashboardView.TopProduct> topProducts(Instant from, Instant to, int limit) {
    return jdbc.sql("""
            select l.product_id, min(l.sku) as sku, min(l.name) as name,
              sum(l.quantity) as quantity, sum(l.total_minor) as revenue
            from order_lines l join orders o on o.id = l.order_id
            where %s and o.placed_at >= ? and o.placed_at < ?
            group by l.product_id order by quantity desc, revenue desc, name limit ?"""
            .formatted(SOLD))
        .params(Timestamp.from(from), Timestamp.from(to), limit)
        .query((rs, n) -> new DashboardView.TopProduct(rs.getObject("product_id", UUID.class),
            rs.getString("sku"), rs.getString("name"), rs.getLong("quantity"),
            rs.getLong("revenue")))
        .list();
  }

  /**
   * Active physical products at or below their reorder rule's threshold, or {@code defaultThreshold}
   * when they have no rule; no stock row counts as nothing available.
   */
  List<DashboardView.LowStock> lowStock(long defaultThreshold) {
    return jdbc.sql("""
            select p.id, p.sku, p.name, coalesce(r.threshold, ?) as threshold,
              coalesce(sum(s.on_hand - s.reserved), 0) as available
            from products p
            left join stock_levels s on s.product_id = p.id
            left join reorder_rules r on r.product_id = p.id
            where p.active and p.kind = 'PRODUCT'
            group by p.id, p.sku, p.name, r.threshold
            having coalesce(sum(s.on_hand - s.reserved), 0) <= coalesce(r.threshold, ?)
            order by available, lower(p.name) limit 50""")
        .params(defaultThreshold, defaultThreshold)
        .query((rs, n) -> new DashboardView.LowStock(rs.getObject("id", UUID.class),
            rs.getString("sku"), rs.getString("name"), rs.getLong("available"),
            rs.getLong("threshold")))
        .list();
  }
}
