package io.flowpod.domain.privacy;

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

/** The current workspace's data requests and their log (row-level security scopes every query). */
@Repository
class DataRequestStore {

  private static final String SELECT = """
      select id, customer_id, kind, received_via, note, status, received_at, original_due_at, due_at,
        extended_at, extension_reason, verified_at, verification_method, verified_by,
        export_expires_at, export_downloaded_at, completed_at, completed_by, outcome, recorded_by
      from data_requests""";

  private final JdbcClient jdbc;

  DataRequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(DataRequest r) {
    jdbc.sql("""
            insert into data_requests (id, tenant_id, customer_id, kind, received_via, note, status,
              received_at, original_due_at, due_at, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.id(), TenantContext.require(), r.customerId(), r.kind().name(),
            r.receivedVia().name(), r.note(), r.status().name(), ts(r.receivedAt()),
            ts(r.originalDueAt()), ts(r.dueAt()), r.recordedBy())
        .update();
  }

  Optional<DataRequest> find(UUID id, boolean forUpdate) {
    return jdbc.sql(SELECT + " where id = ?" + (forUpdate ? " for update" : "")).param(id)
        .query(DataRequestStore::map).optional();
  }

  List<DataRequest> list(DataRequestStatus status, boolean openOnly, Instant overdueAt,
      UUID customerId, int offset, int limit) {
    StringBuilder sql = new StringBuilder(SELECT + " where true");
    java.util.ArrayList<Object> params = new java.util.ArrayList<>();
    filter(sql, params, status, openOnly, overdueAt, customerId);
    sql.append(" order by due_at, id limit ? offset ?");
    params.add(limit);
    params.add(offset);
    return jdbc.sql(sql.toString()).params(params).query(DataRequestStore::map).list();
  }

  long count(DataRequestStatus status, boolean openOnly, Instant overdueAt, UUID customerId) {
    StringBuilder sql = new StringBuilder("select count(*) from data_requests where true");
    java.util.ArrayList<Object> params = new java.util.ArrayList<>();
    filter(sql, params, status, openOnly, overdueAt, customerId);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  private static void filter(StringBuilder sql, List<Object> params, DataRequestStatus status,
      boolean openOnly, Instant overdueAt, UUID customerId) {
    if (status != null) {
      sql.append(" and status = ?");
      params.add(status.name());
    }
    if (openOnly || overdueAt != null) {
      sql.append(" and status in ('AWAITING_VERIFICATION', 'IN_PROGRESS')");
    }
    if (overdueAt != null) {
      sql.append(" and due_at < ?");
      params.add(ts(overdueAt));
    }
    if (customerId != null) {
      sql.append(" and customer_id = ?");
      params.add(customerId);
    }
  }

  List<DataRequest> ofCustomer(UUID customerId) {
    return jdbc.sql(SELECT + " where customer_id = ? order by received_at").param(customerId)
        .query(DataRequestStore::map).list();
  }

  void extend(UUID id, Instant dueAt, String reason, Instant at) {
    jdbc.sql("""
            update data_requests set due_at = ?, extension_reason = ?, extended_at = ?,
              version = version + 1 where id = ?""")
        .params(ts(dueAt), reason, ts(at), id).update();
  }

  void verified(UUID id, VerificationMethod method, UUID by, Instant at) {
    jdbc.sql("""
            update data_requests set status = 'IN_PROGRESS', verified_at = ?, verification_method = ?,
              verified_by = ?, version = version + 1 where id = ?""")
        .params(ts(at), method.name(), by, id).update();
  }

  void exportReady(UUID id, Instant expiresAt) {
    jdbc.sql("update data_requests set export_expires_at = ?, version = version + 1 where id = ?")
        .params(ts(expiresAt), id).update();
  }

  void exportDownloaded(UUID id, Instant at) {
    jdbc.sql("""
            update data_requests set export_downloaded_at = coalesce(export_downloaded_at, ?),
              version = version + 1 where id = ?""")
        .params(ts(at), id).update();
  }

  void finish(UUID id, DataRequestStatus status, String outcome, UUID by, Instant at) {
    jdbc.sql("""
            update data_requests set status = ?, outcome = ?, completed_by = ?, completed_at = ?,
              version = version + 1 where id = ?""")
        .params(status.name(), outcome, by, ts(at), id).update();
  }

  /** Blanks what staff wrote about the customer's requests; the requests stay as proof. */
  int blankNotes(UUID customerId) {
    return jdbc.sql("""
            update data_requests set note = null, extension_reason = case when extension_reason is null
              then null else '(erased)' end where customer_id = ?""")
        .param(customerId).update();
  }

  /** Records a log entry once per dedupe key; answers whether it was new. */
  boolean log(UUID requestId, String kind, String detail, UUID actor, String dedupeKey, Instant at) {
    return jdbc.sql("""
            insert into data_request_events (id, tenant_id, data_request_id, kind, detail,
              actor_user_id, dedupe_key, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, data_request_id, dedupe_key) do nothing""")
        .params(UUID.randomUUID(), TenantContext.require(), requestId, kind, detail, actor,
            dedupeKey, ts(at))
        .update() == 1;
  }

  List<DataRequestEvent> events(UUID requestId) {
    return jdbc.sql("""
            select kind, detail, actor_user_id, occurred_at from data_request_events
            where data_request_id = ? order by seq""")
        .param(requestId)
        .query((rs, n) -> new DataRequestEvent(rs.getString(1), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant()))
        .list();
  }

  private static DataRequest map(ResultSet rs, int row) throws SQLException {
    String method = rs.getString("verification_method");
    return new DataRequest(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
        DataRequestKind.valueOf(rs.getString("kind")), ReceivedVia.valueOf(rs.getString("received_via")),
        rs.getString("note"), DataRequestStatus.valueOf(rs.getString("status")),
        instant(rs, "received_at"), instant(rs, "original_due_at"), instant(rs, "due_at"),
        instant(rs, "extended_at"), rs.getString("extension_reason"), instant(rs, "verified_at"),
        method == null ? null : VerificationMethod.valueOf(method),
        rs.getObject("verified_by", UUID.class), instant(rs, "export_expires_at"),
        instant(rs, "export_downloaded_at"), instant(rs, "completed_at"),
        rs.getObject("completed_by", UUID.class), rs.getString("outcome"),
        rs.getObject("recorded_by", UUID.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
