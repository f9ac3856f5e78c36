package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for orders, their lines, numbers and timeline; every statement runs under the tenant's RLS. */
@Repository
class OrderStore {

  static final long FIRST_NUMBER = 1001;
  private static final String COLUMNS = """
      id, number, status, channel, customer_id, currency, subtotal_minor, tax_minor, total_minor,
      cost_minor, note, cancel_reason, carrier, tracking_number, payment_reminder_at, payment_due_at,
      fulfilment_notice_at, auto_deliver_at, placed_at, updated_at, version""";

  private final JdbcClient jdbc;

  OrderStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The workspace's next order number; the counter row stays locked until the transaction ends. */
  long nextNumber() {
    jdbc.sql("""
            insert into order_numbers (tenant_id, last_number) values (?, ?)
            on conflict do nothing""")
        .params(TenantContext.require(), FIRST_NUMBER - 1).update();
    return jdbc.sql("update order_numbers set last_number = last_number + 1 returning last_number")
        .query(Long.class).single();
  }

  Optional<Order> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from orders where id = ?").param(id)
        .query(this::order).optional();
  }

  Optional<Order> findByNumber(long number) {
    return jdbc.sql("select " + COLUMNS + " from orders where number = ?").param(number)
        .query(this::order).optional();
  }

  /** The order, its row locked until the transaction ends so transitions queue behind each other. */
  Optional<Order> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from orders where id = ? for update").param(id)
        .query(this::order).optional();
  }

  List<Order> list(OrderQuery query, boolean newestFirst) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.limit());
    params.add(query.offset());
    String direction = newestFirst ? " desc" : " asc";
    return jdbc.sql("select " + COLUMNS + " from orders" + where + " order by placed_at"
            + direction + ", number" + direction + " limit ? offset ?")
        .params(params).query(this::order).list();
  }

  long count(OrderQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    return jdbc.sql("select count(*) from orders" + where).params(params).query(Long.class).single();
  }

  /** Orders whose flow has not ended, oldest first. */
  List<Order> inFlight() {
    return jdbc.sql("select " + COLUMNS + " from orders where status in "
            + "('PENDING_PAYMENT','CONFIRMED','SHIPPED') order by placed_at, number")
        .query(this::order).list();
  }

  void insert(Order order) {
    jdbc.sql("""
            insert into orders (id, tenant_id, number, status, channel, customer_id, currency,
              subtotal_minor, tax_minor, total_minor, cost_minor, note, placed_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
        .params(order.id(), TenantContext.require(), order.number(), order.status().name(),
            order.channel().name(), order.customerId(), order.currency(), order.subtotalMinor(),
            order.taxMinor(), order.totalMinor(), order.costMinor(), order.note(),
            Timestamp.from(order.placedAt()), Timestamp.from(order.updatedAt()))
        .update();
    for (OrderLine line : order.lines()) {
      jdbc.sql("""
              insert into order_lines (tenant_id, order_id, line_no, product_id, sku, name, quantity,
                unit_price_minor, unit_cost_minor, tax_rate_bp, net_minor, tax_minor, total_minor)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(TenantContext.require(), order.id(), line.lineNo(), line.productId(), line.sku(),
              line.name(), line.quantity(), line.unitPriceMinor(), line.unitCostMinor(),
              line.taxRateBasisPoints(), line.netMinor(), line.taxMinor(), line.totalMinor())
          .update();
    }
  }

  /** Writes the order's changeable state if it is still at its version, and bumps the version. */
  void update(Order order, Instant now) {
    int updated = jdbc.sql("""
            update orders set status = ?, cancel_reason = ?, carrier = ?, tracking_number = ?,
              payment_reminder_at = ?, payment_due_at = ?, fulfilment_notice_at = ?,
              auto_deliver_at = ?, updated_at = ?, version = version + 1
            where id = ? and version = ?""")
        .params(order.status().name(), order.cancelReason(), order.carrier(),
            order.trackingNumber(), timestamp(order.paymentReminderAt()),
            timestamp(order.paymentDueAt()), timestamp(order.fulfilmentNoticeAt()),
            timestamp(order.autoDeliverAt()), Timestamp.from(now), order.id(), order.version())
        .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("Order " + order.number() + " changed concurrently");
    }
  }

  /** Appends a timeline entry unless one with the dedupe key exists; true when it was added. */
  boolean addEvent(UUID orderId, String kind, OrderStatus status, String cause, UUID actorUserId,
      String dedupeKey, Instant now) {
    return jdbc.sql("""
            insert into order_events (id, tenant_id, order_id, kind, status, cause, actor_user_id,
              dedupe_key, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
        .params(UUID.randomUUID(), TenantContext.require(), orderId, kind, status.name(), cause,
            actorUserId, dedupeKey, Timestamp.from(now))
        .update() == 1;
  }

  List<OrderEvent> timeline(UUID orderId) {
    return jdbc.sql("""
            select occurred_at, kind, status, cause, actor_user_id from order_events
            where order_id = ? order by seq""")
        .param(orderId)
        .query((rs, n) -> new OrderEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
            OrderStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class)))
        .list();
  }

  private static String where(OrderQuery query, List<Object> params) {
    StringBuilder where = new StringBuilder(" where true");
    if (query.status() != null) {
      where.append(" and status = ?");
      params.add(query.status().name());
    }
    if (query.channel() != null) {
      where.append(" and channel = ?");
      params.add(query.channel().name());
    }
    if (query.from() != null) {
      where.append(" and placed_at >= ?");
      params.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      where.append(" and placed_at < ?");
      params.add(Timestamp.from(query.to()));
    }
    return where.toString();
  }

  private List<OrderLine> lines(UUID orderId) {
    return jdbc.sql("""
            select line_no, product_id, sku, name, quantity, unit_price_minor, unit_cost_minor,
              tax_rate_bp, net_minor, tax_minor, total_minor
            from order_lines where order_id = ? order by line_no""")
        .param(orderId)
        .query((rs, n) -> new OrderLine(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getInt(8),
            rs.getLong(9), rs.getLong(10), rs.getLong(11)))
        .list();
  }

  private Order order(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Order(id, rs.getLong("number"), OrderStatus.valueOf(rs.getString("status")),
        SalesChannel.valueOf(rs.getString("channel")), rs.getObject("customer_id", UUID.class),
        rs.getString("currency"), rs.getLong("subtotal_minor"), rs.getLong("tax_minor"),
        rs.getLong("total_minor"), rs.getLong("cost_minor"), lines(id), rs.getString("note"),
        rs.getString("cancel_reason"), rs.getString("carrier"), rs.getString("tracking_number"),
        instant(rs, "payment_reminder_at"), instant(rs, "payment_due_at"),
        instant(rs, "fulfilment_notice_at"), instant(rs, "auto_deliver_at"),
        rs.getTimestamp("placed_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
