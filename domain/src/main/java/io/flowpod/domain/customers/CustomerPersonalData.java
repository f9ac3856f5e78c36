package io.flowpod.domain.customers;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer row itself. Erasure keeps the row (orders and payments point at it and must stay for
 * the books) but replaces the name with "Erased customer", drops e-mail, phone and channel
 * preference, and marks it ERASED. The erasure runs it last, after every other holder.
 */
@Component
class CustomerPersonalData implements PersonalDataHolder {

  static final String ERASED_NAME = "Erased customer";

  private final JdbcClient jdbc;
  private final Clock clock;

  CustomerPersonalData(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String section() {
    return "customer";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    return jdbc.sql("""
            select id, name, email, email_verified_at, phone, locale, preferred_channel, status,
              created_at, updated_at from customers where id = ?""")
        .param(customerId)
        .query((rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", rs.getObject("id", UUID.class).toString());
          row.put("name", rs.getString("name"));
          row.put("email", rs.getString("email"));
          row.put("emailVerifiedAt", text(rs.getTimestamp("email_verified_at")));
          row.put("phone", rs.getString("phone"));
          row.put("language", rs.getString("locale"));
          row.put("preferredChannel", rs.getString("preferred_channel"));
          row.put("status", rs.getString("status"));
          row.put("createdAt", text(rs.getTimestamp("created_at")));
          row.put("updatedAt", text(rs.getTimestamp("updated_at")));
          return (Map<String, Object>) row;
        })
        .optional().orElse(Map.of());
  }

  @Override
  public void erase(UUID customerId) {
    Instant now = Instant.now(clock);
    jdbc.sql("""
            update customers set name = ?, email = null, phone = null, email_verified_at = null,
              preferred_channel = null, status = 'ERASED', erased_at = coalesce(erased_at, ?),
              updated_at = ? where id = ? and tenant_id = ?""")
        .params(ERASED_NAME, Timestamp.from(now), Timestamp.from(now), customerId,
            TenantContext.require())
        .update();
  }

  static String text(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().toString();
  }
}
