package io.flowpod.domain.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's chat identities. The address is a WhatsApp number or Telegram chat id, so erasure
 * replaces it with {@code erased-<id>} (rows stay, since other capabilities' messages may point at
 * them) and blocks the identity; a new message from the same number starts afresh as unknown.
 */
@Component
class ChatIdentityPersonalData implements PersonalDataHolder {

  private final JdbcClient jdbc;

  ChatIdentityPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "chatIdentities";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> identities = jdbc.sql("""
            select channel, address, locale, blocked_at, last_inbound_at, created_at
            from chat_identities where customer_id = ? order by created_at""")
        .param(customerId)
        .query((rs, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("channel", rs.getString("channel"));
          row.put("address", rs.getString("address"));
          row.put("language", rs.getString("locale"));
          row.put("blockedAt", CustomerPersonalData.text(rs.getTimestamp("blocked_at")));
          row.put("lastMessageAt", CustomerPersonalData.text(rs.getTimestamp("last_inbound_at")));
          row.put("createdAt", CustomerPersonalData.text(rs.getTimestamp("created_at")));
          return (Map<String, Object>) row;
        })
        .list();
    return Map.of("identities", identities);
  }

  @Override
  public void erase(UUID customerId) {
    jdbc.sql("""
            update chat_identities set address = 'erased-' || id::text, locale = null,
              blocked_at = coalesce(blocked_at, now())
            where customer_id = ? and address not like 'erased-%'""")
        .param(customerId).update();
  }
}
