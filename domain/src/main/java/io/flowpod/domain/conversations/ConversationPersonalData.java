package io.flowpod.domain.conversations;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer's messages: their conversation (both directions) and the inbox rows of their chat
 * identities (also those from before they registered, or ignored while blocked). Erasure deletes the
 * conversation and blanks the inbox texts; the inbox rows stay (without text) so that a late replay of
 * the same provider message is still recognised and not stored again.
 */
@Component
class ConversationPersonalData implements PersonalDataHolder {

  private static final String OWN_IDENTITIES = "select id from chat_identities where customer_id = ?";

  private final JdbcClient jdbc;

  ConversationPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "conversations";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> thread = jdbc.sql("""
            select m.direction, m.channel, m.message_type as type, m.body as text, m.occurred_at
            from conversation_messages m join conversations c on c.id = m.conversation_id
            where c.customer_id = ? order by m.occurred_at, m.id""")
        .param(customerId).query().listOfRows();
    List<Map<String, Object>> inbox = jdbc.sql("""
            select channel, provider_message_id, message_type as type, body as text, sent_at, outcome
            from inbox_messages where chat_identity_id in (%s) order by sent_at, id"""
            .formatted(OWN_IDENTITIES))
        .param(customerId).query().listOfRows();
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("conversation", thread);
    export.put("inboundMessages", inbox);
    return export;
  }

  @Override
  public void erase(UUID customerId) {
    jdbc.sql("""
            delete from conversation_messages
            where conversation_id in (select id from conversations where customer_id = ?)""")
        .param(customerId).update();
    jdbc.sql("delete from conversations where customer_id = ?").param(customerId).update();
    jdbc.sql("update inbox_messages set body = null where chat_identity_id in (%s)"
            .formatted(OWN_IDENTITIES))
        .param(customerId).update();
  }
}
