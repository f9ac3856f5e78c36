package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the workspace's customers, one per e-mail address (case-insensitive). */
@Repository
class CustomerStore {

  private final JdbcClient jdbc;

  CustomerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The customer with this (normalized) address, created or brought up to date with the name, and
   * the phone and locale when given. Concurrent orders of a new customer meet at the unique index.
   */
  UUID upsert(String name, String email, String phone, String locale, Instant now) {
    return jdbc.sql("""
            insert into customers (id, tenant_id, name, email, phone, locale, created_at, updated_at)
            values (?, ?, ?, ?, ?, coalesce(?, 'en'), ?, ?)
            on conflict (tenant_id, lower(email)) do update set name = excluded.name,
              phone = coalesce(?, customers.phone), locale = coalesce(?, customers.locale),
              updated_at = excluded.updated_at
            returning id""")
        .params(UUID.randomUUID(), TenantContext.require(), name, email, phone, locale,
            Timestamp.from(now), Timestamp.from(now), phone, locale)
        .query(UUID.class).single();
  }

  Optional<Customer> find(UUID id) {
    return jdbc.sql("select id, name, email, phone, locale from customers where id = ?").param(id)
        .query((rs, n) -> new Customer(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5)))
        .optional();
  }
}
