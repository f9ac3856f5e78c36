package io.flowpod.domain.conversations;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** conversations and conversation_messages; row-level security scopes every query to the workspace. */
@Component
class ConversationStore {

  private static final String SUMMARY = """
      select c.id, c.customer_id, cu.name as customer_name, c.status, c.last_message_at,
        (select m.channel from conversation_messages m where m.conversation_id = c.id
           and m.direction = 'IN' order by m.occurred_at desc, m.id limit 1) as last_channel,
        (select m.body from conversation_messages m where m.conversation_id = c.id
           order by m.occurred_at desc, m.id limit 1) as preview
      from conversations c join customers cu on cu.id = c.customer_id""";

  private final JdbcClient jdbc;

  ConversationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer's one conversation, created or reopened as UNANSWERED; answers its id. */
  UUID touchUnanswered(UUID customerId, Instant at) {
    return jdbc.sql("""
            insert into conversations (id, tenant_id, customer_id, status, last_message_at, created_at)
            values (?, ?, ?, 'UNANSWERED', ?, ?)
            on conflict (tenant_id, customer_id) do update set status = 'UNANSWERED',
              last_message_at = greatest(conversations.last_message_at, excluded.last_message_at)
            returning id""")
        .params(UUID.randomUUID(), TenantContext.require(), customerId, Timestamp.from(at),
            Timestamp.from(at))
        .query(UUID.class).single();
  }

  void addIncoming(UUID conversationId, UUID inboxMessageId, InboundMessage message) {
    jdbc.sql("""
            insert into conversation_messages (id, tenant_id, conversation_id, direction, channel,
              message_type, body, inbox_message_id, occurred_at)
            values (?, ?, ?, 'IN', ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), conversationId, message.channel().name(),
            message.type(), message.text(), inboxMessageId, Timestamp.from(message.sentAt()))
        .update();
  }

  void addReply(UUID conversationId, Channel channel, String text, UUID outboxMessageId,
      UUID authorUserId, Instant at) {
    jdbc.sql("""
            insert into conversation_messages (id, tenant_id, conversation_id, direction, channel,
              message_type, body, outbox_message_id, author_user_id, occurred_at)
            values (?, ?, ?, 'OUT', ?, 'text', ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), conversationId, channel.name(), text,
            outboxMessageId, authorUserId, Timestamp.from(at))
        .update();
    jdbc.sql("""
            update conversations set status = 'ANSWERED',
              last_message_at = greatest(last_message_at, ?) where id = ?""")
        .params(Timestamp.from(at), conversationId).update();
  }

  boolean close(UUID conversationId) {
    return jdbc.sql("update conversations set status = 'CLOSED' where id = ?").param(conversationId)
        .update() == 1;
  }

  List<ConversationSummary> list(boolean unansweredOnly, long offset, int limit) {
    return jdbc.sql(SUMMARY + """
             where (? = false or c.status = 'UNANSWERED')
            order by (c.status = 'UNANSWERED') desc, c.last_message_at desc, c.id
            limit ? offset ?""")
        .params(unansweredOnly, limit, offset).query(ConversationStore::summary).list();
  }

  long count(boolean unansweredOnly) {
    return jdbc.sql("select count(*) from conversations where (? = false or status = 'UNANSWERED')")
        .param(unansweredOnly).query(Long.class).single();
  }

  Optional<ConversationSummary> find(UUID id) {
    return jdbc.sql(SUMMARY + " where c.id = ?").param(id).query(ConversationStore::summary).optional();
  }

  Optional<UUID> ofCustomer(UUID customerId) {
    return jdbc.sql("select id from conversations where customer_id = ?").param(customerId)
        .query(UUID.class).optional();
  }

  List<ThreadMessage> messages(UUID conversationId) {
    return jdbc.sql("""
            select id, direction, channel, message_type, body, outbox_message_id, author_user_id,
              occurred_at
            from conversation_messages where conversation_id = ? order by occurred_at, id""")
        .param(conversationId)
        .query((rs, n) -> new ThreadMessage(rs.getObject("id", UUID.class), rs.getString("direction"),
            Channel.valueOf(rs.getString("channel")), rs.getString("message_type"),
            rs.getString("body"), rs.getObject("outbox_message_id", UUID.class),
            rs.getObject("author_user_id", UUID.class), rs.getTimestamp("occurred_at").toInstant()))
        .list();
  }

  /** The channel of the customer's latest message, the default channel of a reply. */
  Optional<Channel> lastIncomingChannel(UUID conversationId) {
    return jdbc.sql("""
            select channel from conversation_messages where conversation_id = ? and direction = 'IN'
            order by occurred_at desc, id limit 1""")
        .param(conversationId).query(String.class).optional().map(Channel::valueOf);
  }

  private static ConversationSummary summary(ResultSet rs, int row) throws SQLException {
    String channel = rs.getString("last_channel");
    return new ConversationSummary(rs.getObject("id", UUID.class),
        rs.getObject("customer_id", UUID.class), rs.getString("customer_name"),
        rs.getString("status"), rs.getTimestamp("last_message_at").toInstant(),
        channel == null ? null : Channel.valueOf(channel), rs.getString("preview"));
  }
}
