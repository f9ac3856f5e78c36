package io.flowpod.domain.webhooks;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.webhooks.WebhookDelivery.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current workspace's endpoints, deliveries and attempts (row-level security applies). */
@Repository
class WebhookStore {

  private static final String ENDPOINT_COLUMNS = """
      id, url, description, array_to_string(event_types, ',') as event_types, secret_hint, enabled,
      created_at, updated_at, secret_rotated_at""";
  private static final String DELIVERY_COLUMNS = """
      id, endpoint_id, event_id, event_type, status, attempts, next_attempt_at, give_up_at,
      occurred_at, created_at, last_status_code, last_error, completed_at, payload""";

  private final JdbcClient jdbc;

  WebhookStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What the scheduler needs to send a claimed delivery. */
  record Due(UUID id, UUID endpointId, UUID eventId, String eventType, String payload, int attempts,
      int roundAttempts, Instant giveUpAt, String url, String secretSealed) {}

  /** Active workspaces with deliveries due (a security-definer lookup: ids only, no rows). */
  List<UUID> tenantsWithDueDeliveries(Instant now) {
    return jdbc.sql("select tenants_with_due_webhooks(?)").param(ts(now)).query(UUID.class).list();
  }

  // Endpoints

  void insertEndpoint(UUID id, String url, String description, List<String> eventTypes,
      String secretSealed, String secretHint, boolean enabled, Instant now) {
    jdbc.sql("""
            insert into webhook_endpoints (id, tenant_id, url, description, event_types, secret_sealed,
              secret_hint, enabled, created_at, updated_at)
            values (?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?)""")
        .params(id, TenantContext.require(), url, description, String.join(",", eventTypes),
            secretSealed, secretHint, enabled, ts(now), ts(now))
        .update();
  }

  boolean updateEndpoint(UUID id, String url, String description, List<String> eventTypes,
      boolean enabled, Instant now) {
    return jdbc.sql("""
            update webhook_endpoints set url = ?, description = ?,
              event_types = string_to_array(?, ','), enabled = ?, updated_at = ?
            where id = ?""")
        .params(url, description, String.join(",", eventTypes), enabled, ts(now), id)
        .update() == 1;
  }

  boolean replaceSecret(UUID id, String secretSealed, String secretHint, Instant now) {
    return jdbc.sql("""
            update webhook_endpoints set secret_sealed = ?, secret_hint = ?, secret_rotated_at = ?,
              updated_at = ?
            where id = ?""")
        .params(secretSealed, secretHint, ts(now), ts(now), id)
        .update() == 1;
  }

  boolean deleteEndpoint(UUID id) {
    return jdbc.sql("delete from webhook_endpoints where id = ?").param(id).update() == 1;
  }

  Optional<WebhookEndpoint> findEndpoint(UUID id) {
    return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoints where id = ?")
        .param(id).query(WebhookStore::endpoint).optional();
  }

  List<WebhookEndpoint> endpoints() {
    return jdbc.sql("select " + ENDPOINT_COLUMNS + " from webhook_endpoints order by created_at, id")
        .query(WebhookStore::endpoint).list();
  }

  /** Enabled endpoints subscribed to {@code eventType}. */
  List<UUID> subscribers(String eventType) {
    return jdbc.sql("""
            select id from webhook_endpoints where enabled and ? = any (event_types)
            order by created_at, id""")
        .param(eventType).query(UUID.class).list();
  }

  // Deliveries

  /** Inserts the delivery unless the endpoint already has one for the event; answers whether it did. */
  boolean insertDelivery(UUID id, UUID endpointId, UUID eventId, String eventType, String payload,
      Instant occurredAt, Instant giveUpAt, Instant now) {
    return jdbc.sql("""
            insert into webhook_deliveries (id, tenant_id, endpoint_id, event_id, event_type, payload,
              status, attempts, next_attempt_at, give_up_at, occurred_at, created_at)
            values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)
            on conflict (tenant_id, endpoint_id, event_id) do nothing""")
        .params(id, TenantContext.require(), endpointId, eventId, eventType, payload, ts(now),
            ts(giveUpAt), ts(occurredAt), ts(now))
        .update() == 1;
  }

  /**
   * Claims up to {@code limit} due deliveries of enabled endpoints: their next attempt moves to
   * {@code leaseUntil}, so a concurrent scheduler (another replica) skips them while this one sends.
   */
  List<Due> claimDue(Instant now, int limit, Instant leaseUntil) {
    return jdbc.sql("""
            with due as (
              select d.id from webhook_deliveries d
              join webhook_endpoints e on e.id = d.endpoint_id
              where d.status = 'PENDING' and d.next_attempt_at <= ? and e.enabled
              order by d.next_attempt_at
              limit ?
              for update of d skip locked)
            update webhook_deliveries d set next_attempt_at = ?
            from due, webhook_endpoints e
            where d.id = due.id and e.id = d.endpoint_id
            returning d.id, d.endpoint_id, d.event_id, d.event_type, d.payload, d.attempts,
              d.round_attempts, d.give_up_at, e.url, e.secret_sealed""")
        .params(ts(now), limit, ts(leaseUntil))
        .query((rs, n) -> new Due(rs.getObject("id", UUID.class),
            rs.getObject("endpoint_id", UUID.class), rs.getObject("event_id", UUID.class),
            rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
            rs.getInt("round_attempts"), instant(rs, "give_up_at"), rs.getString("url"),
            rs.getString("secret_sealed")))
        .list();
  }

  /** Locks the delivery for recording an attempt; false when it was deleted meanwhile. */
  boolean lockDelivery(UUID deliveryId) {
    return jdbc.sql("select 1 from webhook_deliveries where id = ? for update").param(deliveryId)
        .query(Integer.class).optional().isPresent();
  }

  void insertAttempt(UUID deliveryId, int attempt, Instant startedAt, long durationMillis,
      Integer statusCode, String error) {
    jdbc.sql("""
            insert into webhook_attempts (id, tenant_id, delivery_id, attempt, started_at, duration_ms,
              status_code, error)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), deliveryId, attempt, ts(startedAt),
            durationMillis, statusCode, error)
        .update();
  }

  /** Records an attempt's outcome: the new status and, while PENDING, the next attempt. */
  void afterAttempt(UUID deliveryId, int attempts, int roundAttempts, Status status,
      Instant nextAttemptAt, Integer statusCode, String error, Instant now) {
    jdbc.sql("""
            update webhook_deliveries set attempts = ?, round_attempts = ?, status = ?,
              next_attempt_at = ?, last_status_code = ?, last_error = ?, completed_at = ?
            where id = ?""")
        .params(attempts, roundAttempts, status.name(), ts(nextAttemptAt), statusCode, error,
            status == Status.PENDING ? null : ts(now), deliveryId)
        .update();
  }

  /** Pending deliveries whose window ended without an attempt in flight (endpoint disabled). */
  List<Due> overdue(Instant now) {
    return jdbc.sql("""
            select d.id, d.endpoint_id, d.event_id, d.event_type, d.attempts, d.round_attempts,
              d.give_up_at, e.url
            from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
            where d.status = 'PENDING' and not e.enabled and d.give_up_at < ?
              and d.next_attempt_at <= ?""")
        .params(ts(now), ts(now))
        .query((rs, n) -> new Due(rs.getObject("id", UUID.class),
            rs.getObject("endpoint_id", UUID.class), rs.getObject("event_id", UUID.class),
            rs.getString("event_type"), null, rs.getInt("attempts"), rs.getInt("round_attempts"),
            instant(rs, "give_up_at"), rs.getString("url"), null))
        .list();
  }

  /** Sends a delivery again now, with a fresh retry window. */
  boolean requeue(UUID endpointId, UUID deliveryId, Instant now, Instant giveUpAt) {
    return jdbc.sql("""
            update webhook_deliveries set status = 'PENDING', round_attempts = 0, next_attempt_at = ?,
              give_up_at = ?, completed_at = null
            where id = ? and endpoint_id = ?""")
        .params(ts(now), ts(giveUpAt), deliveryId, endpointId)
        .update() == 1;
  }

  Optional<WebhookDelivery> findDelivery(UUID endpointId, UUID deliveryId) {
    return jdbc.sql("select " + DELIVERY_COLUMNS
            + " from webhook_deliveries where id = ? and endpoint_id = ?")
        .params(deliveryId, endpointId)
        .query((rs, n) -> delivery(rs, attempts(List.of(deliveryId))))
        .optional();
  }

  /** The endpoint's deliveries, newest first, each with its attempts. */
  List<WebhookDelivery> deliveries(UUID endpointId, int limit) {
    List<UUID> ids = jdbc.sql("""
            select id from webhook_deliveries where endpoint_id = ?
            order by created_at desc, id limit ?""")
        .params(endpointId, limit).query(UUID.class).list();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<WebhookAttempt>> attempts = attempts(ids);
    return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_deliveries where id = any (?) "
            + "order by created_at desc, id")
        .param(ids.toArray(UUID[]::new))
        .query((rs, n) -> delivery(rs, attempts))
        .list();
  }

  private Map<UUID, List<WebhookAttempt>> attempts(List<UUID> deliveryIds) {
    record Row(UUID deliveryId, WebhookAttempt attempt) {}
    return jdbc.sql("""
            select delivery_id, attempt, started_at, duration_ms, status_code, error
            from webhook_attempts where delivery_id = any (?) order by attempt""")
        .param(deliveryIds.toArray(UUID[]::new))
        .query((rs, n) -> new Row(rs.getObject("delivery_id", UUID.class),
            new WebhookAttempt(rs.getInt("attempt"), instant(rs, "started_at"),
                rs.getLong("duration_ms"), (Integer) rs.getObject("status_code"),
                rs.getString("error"))))
        .list().stream()
        .collect(Collectors.groupingBy(Row::deliveryId,
            Collectors.mapping(Row::attempt, Collectors.toList())));
  }

  private static WebhookDelivery delivery(ResultSet rs, Map<UUID, List<WebhookAttempt>> attempts)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new WebhookDelivery(id, rs.getObject("endpoint_id", UUID.class),
        rs.getObject("event_id", UUID.class), rs.getString("event_type"),
        Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
        instant(rs, "next_attempt_at"), instant(rs, "give_up_at"), instant(rs, "occurred_at"),
        instant(rs, "created_at"), (Integer) rs.getObject("last_status_code"),
        rs.getString("last_error"), instant(rs, "completed_at"), rs.getString("payload"),
        attempts.getOrDefault(id, List.of()));
  }

  private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
    String types = rs.getString("event_types");
    return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"),
        rs.getString("description"),
        types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
        rs.getString("secret_hint"), rs.getBoolean("enabled"), instant(rs, "created_at"),
        instant(rs, "updated_at"), instant(rs, "secret_rotated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
