package io.flowpod.domain.payments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * payment_inbox: one row per provider event, written in the transaction that acts on the event. A
 * concurrent duplicate waits on the key until the first commits, then finds the row and does nothing.
 */
@Component
class PaymentInbox {

  private final JdbcClient jdbc;

  PaymentInbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the event was already received. */
  boolean receive(UUID tenantId, String eventId, String type, UUID payableId, Instant now) {
    return jdbc.sql("""
            insert into payment_inbox (tenant_id, provider, provider_event_id, event_type, payable_id,
              outcome, received_at)
            values (?, 'STRIPE', ?, ?, ?, 'RECEIVED', ?)
            on conflict do nothing""")
        .params(tenantId, eventId, type, payableId, Timestamp.from(now)).update() == 1;
  }

  void recordOutcome(UUID tenantId, String eventId, String outcome) {
    jdbc.sql("""
            update payment_inbox set outcome = ?
            where tenant_id = ? and provider = 'STRIPE' and provider_event_id = ?""")
        .params(outcome, tenantId, eventId).update();
  }
}
