package io.flowpod.domain.customers;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat senders of the current workspace. An inbound message calls {@link #seen} (creating the
 * identity on first contact and opening WhatsApp's 24-hour window); registration links an identity to
 * its new customer; staff block and unblock senders.
 */
@Service
@Transactional // row-level security needs the workspace set, which a transaction does
public class ChatIdentities {

  static final String SELECT = """
      select id, channel, address, customer_id, locale, blocked_at, last_inbound_at
      from chat_identities""";

  private final JdbcClient jdbc;

  ChatIdentities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The sender, created if new, with its last inbound time moved forward to {@code at}. */
  public ChatIdentity seen(Channel channel, String address, String locale, Instant at) {
    requireChat(channel);
    return jdbc.sql("""
            insert into chat_identities (id, tenant_id, channel, address, locale, last_inbound_at, created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, channel, address) do update set
              last_inbound_at = greatest(chat_identities.last_inbound_at, excluded.last_inbound_at),
              locale = coalesce(chat_identities.locale, excluded.locale)
            returning id, channel, address, customer_id, locale, blocked_at, last_inbound_at""")
        .params(UUID.randomUUID(), TenantContext.require(), channel.name(), address, locale,
            Timestamp.from(at), Timestamp.from(at))
        .query(ChatIdentities::map).single();
  }

  public Optional<ChatIdentity> find(UUID id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(ChatIdentities::map).optional();
  }

  public Optional<ChatIdentity> find(Channel channel, String address) {
    return jdbc.sql(SELECT + " where channel = ? and address = ?").params(channel.name(), address)
        .query(ChatIdentities::map).optional();
  }

  /** Links the sender to the customer they registered as; linking again to the same customer is a no-op. */
  public void link(UUID identityId, UUID customerId) {
    jdbc.sql("update chat_identities set customer_id = ? where id = ?").params(customerId, identityId)
        .update();
  }

  public void block(UUID identityId, Instant at) {
    jdbc.sql("update chat_identities set blocked_at = coalesce(blocked_at, ?) where id = ?")
        .params(Timestamp.from(at), identityId).update();
  }

  public void unblock(UUID identityId) {
    jdbc.sql("update chat_identities set blocked_at = null where id = ?").param(identityId).update();
  }

  static ChatIdentity map(ResultSet rs, int row) throws SQLException {
    return new ChatIdentity(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
        rs.getString("address"), rs.getObject("customer_id", UUID.class), rs.getString("locale"),
        CustomerContacts.instant(rs.getTimestamp("blocked_at")),
        CustomerContacts.instant(rs.getTimestamp("last_inbound_at")));
  }

  private static void requireChat(Channel channel) {
    if (!channel.isChat()) {
      throw new IllegalArgumentException(channel + " is not a chat channel");
    }
  }
}
