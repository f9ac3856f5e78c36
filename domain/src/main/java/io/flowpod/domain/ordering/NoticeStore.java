package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the ledger of customer notices: one row per notice key. */
@Repository
class NoticeStore {

  enum Status { PENDING, SENT, FAILED }

  static final String EMAIL = "EMAIL";

  private final JdbcClient jdbc;

  NoticeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The notice's status, recording it as PENDING first if it is new. */
  Status claim(String key, UUID customerId, String template, String subjectRef, Instant now) {
    jdbc.sql("""
            insert into customer_notices (id, tenant_id, customer_id, notice_key, template, channel,
              status, subject_ref, created_at)
            values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict do nothing""")
        .params(UUID.randomUUID(), TenantContext.require(), customerId, key, template, EMAIL,
            subjectRef, Timestamp.from(now))
        .update();
    return jdbc.sql("select status from customer_notices where notice_key = ?").param(key)
        .query((rs, n) -> Status.valueOf(rs.getString(1))).single();
  }

  void markSent(String key, Instant now) {
    jdbc.sql("""
            update customer_notices set status = 'SENT', sent_at = ?, failure = null
            where notice_key = ?""")
        .params(Timestamp.from(now), key).update();
  }

  void markFailed(String key, String failure) {
    jdbc.sql("update customer_notices set status = 'FAILED', failure = ? where notice_key = ?")
        .params(failure, key).update();
  }
}
