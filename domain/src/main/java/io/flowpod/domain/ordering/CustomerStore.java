package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

  /** The names of these customers, by id (one query for a page of orders). */
  Map<UUID, String> names(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("select id, name from customers where id = any(?)")
        .param(ids.toArray(UUID[]::new))
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  Optional<Customer> find(UUID id) {
    return jdbc.sql("select id, name, email, phone, locale from customers where id = ?").param(id)
        .query((rs, n) -> new Customer(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5)))
        .optional();
  }
}
