package io.flowpod.domain.registration;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on the customers table for what registration does to a customer row. */
@Repository
class RegisteredCustomers {

  private final JdbcClient jdbc;

  RegisteredCustomers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The customer already using this address (case-insensitive), if any. */
  Optional<UUID> byEmail(String email) {
    return jdbc.sql("select id from customers where lower(email) = lower(?)").param(email)
        .query(UUID.class).optional();
  }

  UUID create(String name, String email, String phone, String locale, String status,
      boolean emailVerified, Instant now) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into customers (id, tenant_id, name, email, phone, locale, status,
              email_verified_at, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, TenantContext.require(), name, email, phone, locale, status,
            emailVerified ? Timestamp.from(now) : null, Timestamp.from(now), Timestamp.from(now))
        .update();
    return id;
  }

  /** An existing customer (e.g. from an earlier order) registers with the address the link proved. */
  void registerExisting(UUID id, String name, String phone, String locale, Instant now) {
    jdbc.sql("""
            update customers set name = ?, phone = coalesce(?, phone), locale = ?,
              status = case when status = 'PENDING' then 'ACTIVE' else status end,
              email_verified_at = coalesce(email_verified_at, ?), updated_at = ?
            where id = ?""")
        .params(name, phone, locale, Timestamp.from(now), Timestamp.from(now), id).update();
  }

  void emailConfirmed(UUID id, Instant now) {
    jdbc.sql("""
            update customers set email_verified_at = coalesce(email_verified_at, ?),
              status = case when status = 'PENDING' then 'ACTIVE' else status end, updated_at = ?
            where id = ?""")
        .params(Timestamp.from(now), Timestamp.from(now), id).update();
  }

  String status(UUID id) {
    return jdbc.sql("select status from customers where id = ?").param(id).query(String.class)
        .optional().orElse("ERASED");
  }

  /** Removes an unconfirmed address; a confirmed one stays. */
  void removeUnconfirmedEmail(UUID id, Instant now) {
    jdbc.sql("""
            update customers set email = null, updated_at = ?
            where id = ? and email_verified_at is null""")
        .params(Timestamp.from(now), id).update();
  }

  /** Deletes a never-confirmed storefront sign-up with its consent entries; false if rows refer to it. */
  boolean deleteUnconfirmed(UUID id) {
    if (jdbc.sql("select exists (select 1 from orders where customer_id = ?)").param(id)
        .query(Boolean.class).single()) {
      return false;
    }
    jdbc.sql("delete from consent_records where customer_id = ?").param(id).update();
    jdbc.sql("update chat_identities set customer_id = null where customer_id = ?").param(id).update();
    return jdbc.sql("delete from customers where id = ? and status = 'PENDING'").param(id).update() == 1;
  }
}
