package io.flowpod.domain.inventory;

import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for locations, levels and the ledger; every statement runs under the tenant's RLS. */
@Repository
class StockStore {

  static final String DEFAULT_LOCATION = "Main";

  private final JdbcClient jdbc;

  StockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The workspace's default location, created on first use (concurrent first uses create one). */
  UUID defaultLocation(Instant now) {
    jdbc.sql("""
            insert into stock_locations (id, tenant_id, name, is_default, created_at)
            values (?, ?, ?, true, ?) on conflict do nothing""")
        .params(UUID.randomUUID(), TenantContext.require(), DEFAULT_LOCATION, Timestamp.from(now))
        .update();
    return jdbc.sql("select id from stock_locations where is_default").query(UUID.class).single();
  }

  boolean locationExists(UUID id) {
    return jdbc.sql("select count(*) from stock_locations where id = ?").param(id)
        .query(Long.class).single() > 0;
  }

  /** The product's level at every location of the workspace (zero where it never had stock). */
  List<StockLevel> levels(UUID productId) {
    return jdbc.sql("""
            select l.id, l.name, coalesce(s.on_hand, 0) as on_hand,
              coalesce(s.reserved, 0) as reserved
            from stock_locations l
            left join stock_levels s on s.location_id = l.id and s.product_id = ?
            order by l.is_default desc, lower(l.name)""")
        .param(productId)
        .query((rs, n) -> new StockLevel(productId, rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getLong("on_hand"), rs.getLong("reserved")))
        .list();
  }

  /**
   * The level row, created at zero if missing, locked until the transaction ends so concurrent changes
   * queue behind each other instead of overwriting each other.
   */
  StockLevel lock(UUID productId, UUID locationId, Instant now) {
    jdbc.sql("""
            insert into stock_levels (tenant_id, product_id, location_id, on_hand, reserved, updated_at)
            values (?, ?, ?, 0, 0, ?) on conflict do nothing""")
        .params(TenantContext.require(), productId, locationId, Timestamp.from(now)).update();
    return jdbc.sql("""
            select s.on_hand, s.reserved, l.name from stock_levels s
            join stock_locations l on l.id = s.location_id
            where s.product_id = ? and s.location_id = ? for update of s""")
        .params(productId, locationId)
        .query((rs, n) -> new StockLevel(productId, locationId, rs.getString("name"),
            rs.getLong("on_hand"), rs.getLong("reserved")))
        .single();
  }

  /** Changes the locked level by the movement's deltas and appends the movement to the ledger. */
  void apply(StockMovement movement) {
    jdbc.sql("""
            update stock_levels set on_hand = on_hand + ?, reserved = reserved + ?, updated_at = ?
            where product_id = ? and location_id = ?""")
        .params(movement.onHandDelta(), movement.reservedDelta(),
            Timestamp.from(movement.occurredAt()), movement.productId(), movement.locationId())
        .update();
    jdbc.sql("""
            insert into stock_movements (id, tenant_id, product_id, location_id, kind, on_hand_delta,
              reserved_delta, actor_user_id, reason, reference, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(movement.id(), TenantContext.require(), movement.productId(),
            movement.locationId(), movement.kind().name(), movement.onHandDelta(),
            movement.reservedDelta(), movement.userId(), movement.reason(), movement.reference(),
            Timestamp.from(movement.occurredAt()))
        .update();
  }

  /** The product's movements, newest first. */
  List<StockMovement> movements(UUID productId, long offset, int limit) {
    return jdbc.sql("""
            select id, product_id, location_id, kind, on_hand_delta, reserved_delta, actor_user_id,
              reason, reference, occurred_at
            from stock_movements where product_id = ? order by seq desc limit ? offset ?""")
        .params(productId, limit, offset).query(StockStore::movement).list();
  }

  long countMovements(UUID productId) {
    return jdbc.sql("select count(*) from stock_movements where product_id = ?").param(productId)
        .query(Long.class).single();
  }

  Optional<Reservation> reservation(String reference) {
    return jdbc.sql("""
            select reference, product_id, location_id, quantity, status from stock_reservations
            where reference = ?""")
        .param(reference)
        .query(StockStore::reservation)
        .optional();
  }

  /** Records a new hold; false when the reference is taken (the caller changes nothing then). */
  boolean insertReservation(Reservation reservation, Instant now, Instant expiresAt) {
    return jdbc.sql("""
            insert into stock_reservations (tenant_id, reference, product_id, location_id, quantity,
              status, created_at, updated_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
        .params(TenantContext.require(), reservation.reference(), reservation.productId(),
            reservation.locationId(), reservation.quantity(), reservation.status().name(),
            Timestamp.from(now), Timestamp.from(now),
            expiresAt == null ? null : Timestamp.from(expiresAt))
        .update() == 1;
  }

  /** The reservations with these references, in any status, ordered by product (lock order). */
  List<Reservation> reservations(List<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select reference, product_id, location_id, quantity, status from stock_reservations
            where reference = any(?) order by product_id, location_id, reference""")
        .param(references.toArray(String[]::new))
        .query(StockStore::reservation).list();
  }

  /** Held reservations whose expiry has passed, oldest products first in lock order. */
  List<Reservation> expiredHolds(Instant now, int limit) {
    return jdbc.sql("""
            select reference, product_id, location_id, quantity, status from stock_reservations
            where status = 'HELD' and expires_at <= ?
            order by product_id, location_id, reference limit ?""")
        .params(Timestamp.from(now), limit)
        .query(StockStore::reservation).list();
  }

  /** What can be sold of the product over all locations. */
  long totalAvailable(UUID productId) {
    return jdbc.sql("select coalesce(sum(on_hand - reserved), 0) from stock_levels where product_id = ?")
        .param(productId).query(Long.class).single();
  }

  /** Units sold per UTC day since {@code from} (days without sales are absent). */
  Map<LocalDate, Long> dailySales(UUID productId, Instant from) {
    Map<LocalDate, Long> days = new TreeMap<>();
    jdbc.sql("""
            select (occurred_at at time zone 'UTC')::date as day, -sum(on_hand_delta) as sold
            from stock_movements where product_id = ? and kind = 'SALE' and occurred_at >= ?
            group by 1""")
        .params(productId, Timestamp.from(from))
        .query((rs, n) -> days.put(rs.getObject("day", LocalDate.class),
            rs.getLong("sold")))
        .list();
    return days;
  }

  private static Reservation reservation(ResultSet rs, int row) throws SQLException {
    return new Reservation(rs.getString("reference"), rs.getObject("product_id", UUID.class),
        rs.getObject("location_id", UUID.class), rs.getLong("quantity"),
        Reservation.Status.valueOf(rs.getString("status")));
  }

  /** Ends a hold; false when it was no longer HELD (a repeated or racing call). */
  boolean finish(String reference, Reservation.Status status, Instant now) {
    return jdbc.sql("""
            update stock_reservations set status = ?, updated_at = ?
            where reference = ? and status = 'HELD'""")
        .params(status.name(), Timestamp.from(now), reference).update() == 1;
  }

  private static StockMovement movement(ResultSet rs, int row) throws SQLException {
    return new StockMovement(rs.getObject("id", UUID.class),
        rs.getObject("product_id", UUID.class), rs.getObject("location_id", UUID.class),
        MovementKind.valueOf(rs.getString("kind")), rs.getLong("on_hand_delta"),
        rs.getLong("reserved_delta"), rs.getObject("actor_user_id", UUID.class),
        rs.getString("reason"), rs.getString("reference"),
        rs.getTimestamp("occurred_at").toInstant());
  }
}
