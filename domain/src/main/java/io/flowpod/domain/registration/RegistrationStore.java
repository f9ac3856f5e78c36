package io.flowpod.domain.registration;

import io.flowpod.domain.platform.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the current workspace's registrations (row-level security scopes every query). */
@Repository
class RegistrationStore {

  private static final String COLUMNS = """
      id, source, chat_identity_id, email, locale, status, expires_at, used_at, customer_id,
      confirmation_needed, email_confirmed_at, email_discarded_at, created_at""";

  private final JdbcClient jdbc;

  RegistrationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Registration insert(String source, String addressKey, UUID chatIdentityId, String email,
      String locale, Instant now, Instant expiresAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into registrations (id, tenant_id, source, address_key, chat_identity_id, email,
              locale, expires_at, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, TenantContext.require(), source, addressKey, chatIdentityId, email, locale,
            Timestamp.from(expiresAt), Timestamp.from(now))
        .update();
    return find(id).orElseThrow();
  }

  /** Serialises link requests for one address until the transaction ends. */
  void lockAddress(String addressKey) {
    jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(TenantContext.require() + addressKey)
        .query(Object.class).single();
  }

  /** Links sent to this address since {@code since}. */
  int countSince(String addressKey, Instant since) {
    return jdbc.sql("select count(*) from registrations where address_key = ? and created_at > ?")
        .params(addressKey, Timestamp.from(since)).query(Integer.class).single();
  }

  /** The open, unexpired link of a chat sender, if any. */
  Optional<Registration> openForChat(UUID chatIdentityId, Instant now) {
    return jdbc.sql("select " + COLUMNS + " from registrations where chat_identity_id = ?"
            + " and status = 'OPEN' and expires_at > ? order by created_at desc limit 1")
        .params(chatIdentityId, Timestamp.from(now)).query(RegistrationStore::map).optional();
  }

  Optional<Registration> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from registrations where id = ?").param(id)
        .query(RegistrationStore::map).optional();
  }

  Optional<Registration> lock(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from registrations where id = ? for update").param(id)
        .query(RegistrationStore::map).optional();
  }

  List<Registration> ofCustomer(UUID customerId) {
    return jdbc.sql("select " + COLUMNS + " from registrations where customer_id = ? order by created_at")
        .param(customerId).query(RegistrationStore::map).list();
  }

  void completed(UUID id, UUID customerId, String email, boolean confirmationNeeded, Instant now) {
    jdbc.sql("""
            update registrations set status = 'COMPLETED', used_at = ?, customer_id = ?, email = ?,
              confirmation_needed = ?
            where id = ?""")
        .params(Timestamp.from(now), customerId, email, confirmationNeeded, id).update();
  }

  /** Marks an open link expired; answers whether it was open. */
  boolean expire(UUID id) {
    return jdbc.sql("update registrations set status = 'EXPIRED' where id = ? and status = 'OPEN'")
        .param(id).update() == 1;
  }

  void emailConfirmed(UUID id, Instant now) {
    jdbc.sql("update registrations set email_confirmed_at = ? where id = ?")
        .params(Timestamp.from(now), id).update();
  }

  void emailDiscarded(UUID id, Instant now) {
    jdbc.sql("update registrations set email_discarded_at = ?, email = null where id = ?")
        .params(Timestamp.from(now), id).update();
  }

  /** Erasure: the address and the link to the chat identity go; the row stays as a count. */
  void erase(UUID customerId) {
    jdbc.sql("""
            update registrations set email = null, address_key = 'ERASED:' || id,
              chat_identity_id = null
            where customer_id = ?""")
        .param(customerId).update();
  }

  private static Registration map(ResultSet rs, int row) throws SQLException {
    return new Registration(rs.getObject("id", UUID.class), rs.getString("source"),
        rs.getObject("chat_identity_id", UUID.class), rs.getString("email"),
        rs.getString("locale"), rs.getString("status"), instant(rs, "expires_at"),
        instant(rs, "used_at"), rs.getObject("customer_id", UUID.class),
        rs.getBoolean("confirmation_needed"), instant(rs, "email_confirmed_at"),
        instant(rs, "email_discarded_at"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
