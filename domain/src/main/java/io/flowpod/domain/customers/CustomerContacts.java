package io.flowpod.domain.customers;

import io.flowpod.domain.messaging.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads how to reach a customer of the current workspace (row-level security scopes every query). */
@Service
@Transactional // row-level security needs the workspace set, which a transaction does
public class CustomerContacts {

  private final JdbcClient jdbc;

  CustomerContacts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ContactCard> find(UUID customerId) {
    List<ChatIdentity> chats = jdbc.sql(ChatIdentities.SELECT + " where customer_id = ? order by created_at")
        .param(customerId).query(ChatIdentities::map).list();
    return jdbc.sql("""
            select id, status, email, email_verified_at, phone, locale, preferred_channel
            from customers where id = ?""")
        .param(customerId)
        .query((rs, n) -> card(rs, chats))
        .optional();
  }

  private static ContactCard card(ResultSet rs, List<ChatIdentity> chats) throws SQLException {
    String preferred = rs.getString("preferred_channel");
    return new ContactCard(rs.getObject("id", UUID.class), rs.getString("status"),
        rs.getString("email"), rs.getTimestamp("email_verified_at") != null, rs.getString("phone"),
        rs.getString("locale"), preferred == null ? null : Channel.valueOf(preferred), chats);
  }

  static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
