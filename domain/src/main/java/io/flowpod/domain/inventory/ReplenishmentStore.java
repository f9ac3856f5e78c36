package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reorder rules and replenishments; every statement runs under the tenant's RLS. */
@Repository
class ReplenishmentStore {

  private static final String SELECT = """
      select r.id, r.product_id, p.sku, p.name, r.status, r.reorder_quantity, r.supplier,
        r.quantity_ordered, r.expected_at, r.quantity_received, r.late_since, r.requested_at,
        r.ordered_at, r.received_at
      from replenishments r join products p on p.id = r.product_id
      """;

  private final JdbcClient jdbc;

  ReplenishmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ReorderRule> rule(UUID productId) {
    return jdbc.sql("""
            select product_id, threshold, reorder_quantity, lead_time_days, updated_at
            from reorder_rules where product_id = ?""")
        .param(productId)
        .query((rs, n) -> new ReorderRule(rs.getObject("product_id", UUID.class),
            rs.getLong("threshold"), rs.getLong("reorder_quantity"), rs.getInt("lead_time_days"),
            rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  void saveRule(ReorderRule rule) {
    jdbc.sql("""
            insert into reorder_rules (tenant_id, product_id, threshold, reorder_quantity,
              lead_time_days, updated_at) values (?, ?, ?, ?, ?, ?)
            on conflict (product_id) do update set threshold = excluded.threshold,
              reorder_quantity = excluded.reorder_quantity,
              lead_time_days = excluded.lead_time_days, updated_at = excluded.updated_at""")
        .params(TenantContext.require(), rule.productId(), rule.threshold(),
            rule.reorderQuantity(), rule.leadTimeDays(), Timestamp.from(rule.updatedAt()))
        .update();
  }

  /** A new REQUESTED replenishment; false when the product already has an open one. */
  boolean insertRequested(UUID id, UUID productId, long reorderQuantity, Instant now) {
    return jdbc.sql("""
            insert into replenishments (id, tenant_id, product_id, status, reorder_quantity,
              requested_at, updated_at) values (?, ?, ?, 'REQUESTED', ?, ?, ?)
            on conflict do nothing""")
        .params(id, TenantContext.require(), productId, reorderQuantity, Timestamp.from(now),
            Timestamp.from(now))
        .update() == 1;
  }

  Optional<Replenishment> find(UUID id) {
    return jdbc.sql(SELECT + " where r.id = ?").param(id)
        .query(ReplenishmentStore::replenishment).optional();
  }

  /** The replenishment, locked until the transaction ends (take the level lock first). */
  Optional<Replenishment> lock(UUID id) {
    jdbc.sql("select id from replenishments where id = ? for update").param(id)
        .query(UUID.class).optional();
    return find(id);
  }

  /** Newest first; a null status or product matches any. */
  List<Replenishment> list(Replenishment.Status status, UUID productId, long offset, int limit) {
    return jdbc.sql(SELECT + """
            where (cast(? as text) is null or r.status = ?)
              and (cast(? as uuid) is null or r.product_id = ?)
            order by r.requested_at desc, r.id limit ? offset ?""")
        .params(name(status), name(status), productId, productId, limit, offset)
        .query(ReplenishmentStore::replenishment).list();
  }

  long count(Replenishment.Status status, UUID productId) {
    return jdbc.sql("""
            select count(*) from replenishments where (cast(? as text) is null or status = ?)
              and (cast(? as uuid) is null or product_id = ?)""")
        .params(name(status), name(status), productId, productId).query(Long.class).single();
  }

  void markOrdered(UUID id, String supplier, long quantity, Instant expectedAt, Instant now) {
    jdbc.sql("""
            update replenishments set status = 'ORDERED', supplier = ?, quantity_ordered = ?,
              expected_at = ?, ordered_at = ?, updated_at = ? where id = ?""")
        .params(supplier, quantity, Timestamp.from(expectedAt), Timestamp.from(now),
            Timestamp.from(now), id)
        .update();
  }

  void markReceived(UUID id, long quantity, Instant now) {
    jdbc.sql("""
            update replenishments set status = 'RECEIVED', quantity_received = ?, received_at = ?,
              updated_at = ? where id = ?""")
        .params(quantity, Timestamp.from(now), Timestamp.from(now), id).update();
  }

  /** Flags the delivery late once; false when it already was or has been received. */
  boolean flagLate(UUID id, Instant now) {
    return jdbc.sql("""
            update replenishments set late_since = ?, updated_at = ?
            where id = ? and late_since is null and status <> 'RECEIVED'""")
        .params(Timestamp.from(now), Timestamp.from(now), id).update() == 1;
  }

  private static String name(Replenishment.Status status) {
    return status == null ? null : status.name();
  }

  private static Replenishment replenishment(ResultSet rs, int row) throws SQLException {
    return new Replenishment(rs.getObject("id", UUID.class),
        rs.getObject("product_id", UUID.class), rs.getString("sku"), rs.getString("name"),
        Replenishment.Status.valueOf(rs.getString("status")), rs.getLong("reorder_quantity"),
        rs.getString("supplier"), rs.getObject("quantity_ordered", Long.class),
        instant(rs, "expected_at"), rs.getObject("quantity_received", Long.class),
        instant(rs, "late_since"), instant(rs, "requested_at"), instant(rs, "ordered_at"),
        instant(rs, "received_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
