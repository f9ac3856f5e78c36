package io.flowpod.app.payments;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.domain.payments.PaymentMessage;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts rows past row-level security (superuser): outbox publications and inbox events. */
final class OutboxProbe {

  private final JdbcClient su;

  OutboxProbe(EmbeddedRuntime runtime) {
    this.su = JdbcClient.create(runtime.superuserDataSource());
  }

  /**
   * Outbox publications of a payment message for a payable, to the engine (tenant webhooks listen to
   * the same event and have publications of their own).
   */
  long published(PaymentMessage.Outcome outcome, UUID payableId) {
    return su.sql("""
            select count(*) from event_publication
            where listener_id like '%FlowMessagePublisher%'
              and event_type = ? and serialized_event::jsonb ->> 'payableId' = ?
              and serialized_event::jsonb ->> 'outcome' = ?""")
        .params(PaymentMessage.class.getName(), payableId.toString(), outcome.name())
        .query(Long.class).single();
  }

  long inboxRows(UUID tenantId) {
    return su.sql("select count(*) from payment_inbox where tenant_id = ?").param(tenantId)
        .query(Long.class).single();
  }

  /** A payment_requests or payment_settings column as stored. */
  String settingsColumn(UUID tenantId, String column) {
    return su.sql("select " + column + " from payment_settings where tenant_id = ?").param(tenantId)
        .query(String.class).optional().orElse(null);
  }
}
