package io.flowpod.domain.platform.flows;

import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Records, per tenant, what happened to each in-flight record at an embedded start. */
@Repository
public class FlowResumptionLog {

  public enum Outcome { RESUMED, NOT_RESUMABLE, FAILED }

  public record Entry(UUID id, String processId, String businessObject, Outcome outcome,
      String elementId, String detail, Instant happenedAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  FlowResumptionLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void record(String processId, String businessObject, Outcome outcome, String elementId,
      String detail) {
    jdbc.sql("""
            insert into flow_resumptions
              (id, tenant_id, process_id, business_object, outcome, element_id, detail, happened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), processId, businessObject,
            outcome.name(), elementId, detail, java.sql.Timestamp.from(Instant.now(clock)))
        .update();
  }

  @Transactional(readOnly = true)
  public List<Entry> latest(int limit) {
    return page(0, limit, true);
  }

  /** One page of the current tenant's entries by time, newest or oldest first. */
  @Transactional(readOnly = true)
  public List<Entry> page(long offset, int limit, boolean newestFirst) {
    return jdbc.sql("""
            select id, process_id, business_object, outcome, element_id, detail, happened_at
            from flow_resumptions order by happened_at %1$s, id %1$s limit ? offset ?"""
            .formatted(newestFirst ? "desc" : "asc"))
        .params(limit, offset)
        .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            Outcome.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
            rs.getTimestamp(7).toInstant()))
        .list();
  }

  @Transactional(readOnly = true)
  public long count() {
    return jdbc.sql("select count(*) from flow_resumptions").query(Long.class).single();
  }
}
