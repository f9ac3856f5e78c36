package io.flowpod.domain.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for outbound_messages and outbound_attempts (row-level security scopes every statement). */
@Repository
class OutboundStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS = """
      id, template, purpose, customer_id, subject_ref, locale, channels, address, status, send_at,
      subject, body_text, params::text as params, sent_channel, failure, created_at, sent_at""";

  private final JdbcClient jdbc;

  OutboundStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the message under {@code key} unless a message has that key; answers the stored one. */
  OutboundMessage claim(String key, OutboundMessage message) {
    jdbc.sql("""
            insert into outbound_messages (id, tenant_id, message_key, template, purpose, customer_id,
              subject_ref, locale, channels, address, status, send_at, subject, body_text, params,
              created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            on conflict (tenant_id, message_key) do nothing""")
        .params(message.id(), TenantContext.require(), key, message.template(),
            message.purpose().name(), message.customerId(), message.subjectRef(), message.locale(),
            join(message.channels()), message.address(), message.status().name(),
            ts(message.sendAt()), message.subject(), message.bodyText(), params(message.whatsApp()),
            ts(message.createdAt()))
        .update();
    return jdbc.sql("select " + COLUMNS + " from outbound_messages where message_key = ?").param(key)
        .query(OutboundStore::map).single();
  }

  Optional<OutboundMessage> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from outbound_messages where id = ?").param(id)
        .query(OutboundStore::map).optional();
  }

  void markSent(UUID id, Channel channel, Instant at) {
    jdbc.sql("""
            update outbound_messages set status = 'SENT', sent_channel = ?, sent_at = ?, failure = null
            where id = ?""").params(channel.name(), ts(at), id).update();
  }

  void markFailed(UUID id, String failure) {
    jdbc.sql("update outbound_messages set status = 'FAILED', failure = ? where id = ? and status <> 'SENT'")
        .params(failure, id).update();
  }

  void recordAttempt(UUID messageId, Channel channel, String address, boolean sent, String detail,
      String providerMessageId, Instant at) {
    jdbc.sql("""
            insert into outbound_attempts (id, tenant_id, message_id, channel, address, outcome, detail,
              provider_message_id, attempted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(UUID.randomUUID(), TenantContext.require(), messageId, channel.name(), address,
            sent ? "SENT" : "FAILED", detail, providerMessageId, ts(at))
        .update();
  }

  List<OutboundAttempt> attempts(UUID messageId) {
    return jdbc.sql("""
            select a.id, a.channel, a.outcome, a.detail, a.provider_message_id, a.attempted_at,
              (select s.status from inbound_message_statuses s
               where s.channel = a.channel and s.provider_message_id = a.provider_message_id
               order by case s.status when 'FAILED' then 4 when 'READ' then 3 when 'DELIVERED' then 2
                 else 1 end desc
               limit 1) as provider_status
            from outbound_attempts a where a.message_id = ? order by a.attempted_at, a.id""")
        .param(messageId)
        .query((rs, n) -> new OutboundAttempt(rs.getObject("id", UUID.class),
            Channel.valueOf(rs.getString("channel")), rs.getString("outcome"),
            rs.getString("detail"), rs.getString("provider_message_id"),
            rs.getString("provider_status"), rs.getTimestamp("attempted_at").toInstant()))
        .list();
  }

  List<OutboundMessage> page(Channel channel, Status status, int page, int size) {
    List<Object> args = new ArrayList<>();
    String sql = "select " + COLUMNS + " from outbound_messages where " + filter(channel, status, args)
        + " order by created_at desc, id limit ? offset ?";
    args.add(size);
    args.add((long) page * size);
    return jdbc.sql(sql).params(args).query(OutboundStore::map).list();
  }

  long count(Channel channel, Status status) {
    List<Object> args = new ArrayList<>();
    String sql = "select count(*) from outbound_messages where " + filter(channel, status, args);
    return jdbc.sql(sql).params(args).query(Long.class).single();
  }

  /** The outbox filter (a channel: the one it went out on, else a planned one), adding its arguments. */
  private static String filter(Channel channel, Status status, List<Object> args) {
    StringBuilder where = new StringBuilder("true");
    if (channel != null) {
      where.append(" and (sent_channel = ? or (sent_channel is null and channels like ?))");
      args.add(channel.name());
      args.add("%" + channel.name() + "%");
    }
    if (status != null) {
      where.append(" and status = ?");
      args.add(status.name());
    }
    return where.toString();
  }

  List<OutboundMessage> ofCustomer(UUID customerId) {
    return jdbc.sql("select " + COLUMNS + " from outbound_messages where customer_id = ? order by created_at")
        .param(customerId).query(OutboundStore::map).list();
  }

  /** Removes what identifies the customer: addresses, rendered texts and parameters. */
  void erase(UUID customerId) {
    jdbc.sql("""
            update outbound_attempts set address = null
            where message_id in (select id from outbound_messages where customer_id = ?)""")
        .param(customerId).update();
    jdbc.sql("""
            update outbound_messages set address = null, subject = null, body_text = null,
              body_html = null, params = '{}'
            where customer_id = ?""").param(customerId).update();
  }

  private static OutboundMessage map(ResultSet rs, int row) throws SQLException {
    String sent = rs.getString("sent_channel");
    return new OutboundMessage(rs.getObject("id", UUID.class), rs.getString("template"),
        MessagePurpose.valueOf(rs.getString("purpose")), rs.getObject("customer_id", UUID.class),
        rs.getString("subject_ref"), rs.getString("locale"), split(rs.getString("channels")),
        rs.getString("address"), Status.valueOf(rs.getString("status")),
        instant(rs.getTimestamp("send_at")), rs.getString("subject"), rs.getString("body_text"),
        whatsApp(rs.getString("params"), rs.getString("locale")),
        sent == null ? null : Channel.valueOf(sent), rs.getString("failure"),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));
  }

  private static String join(List<Channel> channels) {
    return channels.stream().map(Channel::name).collect(Collectors.joining(","));
  }

  private static List<Channel> split(String channels) {
    return channels == null || channels.isBlank() ? List.of()
        : Arrays.stream(channels.split(",")).map(Channel::valueOf).toList();
  }

  private static String params(OutgoingMessage.ApprovedTemplate template) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (template != null) {
      params.put("whatsappTemplate", template.name());
      params.put("whatsappParams", template.parameters());
    }
    try {
      return JSON.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OutgoingMessage.ApprovedTemplate whatsApp(String json, String locale) {
    try {
      JsonNode node = JSON.readTree(json == null ? "{}" : json);
      if (!node.hasNonNull("whatsappTemplate")) {
        return null;
      }
      List<String> params = new ArrayList<>();
      node.path("whatsappParams").forEach(p -> params.add(p.asText()));
      return new OutgoingMessage.ApprovedTemplate(node.get("whatsappTemplate").asText(), locale,
          params);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored message parameters are not valid JSON", e);
    }
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
