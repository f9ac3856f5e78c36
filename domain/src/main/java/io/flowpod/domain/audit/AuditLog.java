package io.flowpod.domain.audit;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's audit log. {@link #record} joins the caller's transaction, so an entry exists
 * exactly when the action it describes was committed.
 */
@Service
public class AuditLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an action of {@code actorUserId} (null when anonymous) in the current tenant's log. */
  @Transactional
  public void record(String action, UUID actorUserId, String targetType, Object targetId) {
    record(action, actorUserId, targetType, targetId, null);
  }

  /**
   * Records an action with a short detail of what it changed, e.g. "variables: orderId". The detail
   * names things (variables, elements, counts) and never holds their values or personal data.
   */
  @Transactional
  public void record(String action, UUID actorUserId, String targetType, Object targetId,
      String detail) {
    jdbc.sql("""
            insert into audit_events
              (id, tenant_id, actor_user_id, action, target_type, target_id, ip, occurred_at, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), actorUserId, action, targetType,
            targetId == null ? null : targetId.toString(), RequestOrigin.address().orElse(null),
            Timestamp.from(Instant.now(clock)), detail)
        .update();
  }

  /** The current tenant's events matching the query, newest first. */
  @Transactional(readOnly = true)
  public Page<AuditEvent> search(AuditQuery query, Pageable pageable) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> params = new ArrayList<>();
    if (query.action() != null) {
      where.append(" and action = ?");
      params.add(query.action());
    }
    if (query.from() != null) {
      where.append(" and occurred_at >= ?");
      params.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      where.append(" and occurred_at < ?");
      params.add(Timestamp.from(query.to()));
    }
    long total = jdbc.sql("select count(*) from audit_events" + where).params(params)
        .query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(pageable.getPageSize());
    pageParams.add(pageable.getOffset());
    List<AuditEvent> items = jdbc.sql("""
            select id, tenant_id, actor_user_id, action, target_type, target_id, ip, occurred_at,
              detail
            from audit_events""" + where + " order by occurred_at desc, id limit ? offset ?")
        .params(pageParams)
        .query((rs, n) -> new AuditEvent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9)))
        .list();
    return new PageImpl<>(items, pageable, total);
  }
}
