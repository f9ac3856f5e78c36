package io.flowpod.domain.conversations;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * inbox_messages and inbound_message_statuses. A concurrent duplicate waits on the unique key until
 * the first transaction commits, then finds the row and inserts nothing.
 */
@Component
class InboxStore {

  private final JdbcClient jdbc;

  InboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when this provider message id was already received. */
  boolean receive(UUID id, InboundMessage message, UUID chatIdentityId, Instant now) {
    return jdbc.sql("""
            insert into inbox_messages (id, tenant_id, channel, provider_message_id, chat_identity_id,
              message_type, body, sent_at, received_at, outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')
            on conflict do nothing""")
        .params(id, TenantContext.require(), message.channel().name(), message.providerMessageId(),
            chatIdentityId, message.type(), message.text(), Timestamp.from(message.sentAt()),
            Timestamp.from(now))
        .update() == 1;
  }

  void recordOutcome(UUID id, InboundOutcome outcome) {
    jdbc.sql("update inbox_messages set outcome = ? where id = ?").params(outcome.name(), id).update();
  }

  /** False when this status of this message was already recorded. */
  boolean recordStatus(InboundStatus status, Instant now) {
    return jdbc.sql("""
            insert into inbound_message_statuses (tenant_id, channel, provider_message_id, status,
              error_code, occurred_at, received_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""")
        .params(TenantContext.require(), status.channel().name(), status.providerMessageId(),
            status.status(), status.errorCode(), Timestamp.from(status.occurredAt()),
            Timestamp.from(now))
        .update() == 1;
  }
}
