package io.flowpod.domain.privacy;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Responses the API keeps for 24 hours to replay a repeated POST with the same Idempotency-Key
 * (platform's {@code idempotency_keys}). A placed order's response names its customer (id, name,
 * e-mail), so erasure deletes every stored response that mentions the customer's id: a repeat after
 * the erasure is then handled afresh instead of replaying the personal data.
 */
@Component
class StoredResponsePersonalData implements PersonalDataHolder {

  private static final String MENTIONS = "position(convert_to(?, 'UTF8') in response_body) > 0";

  private final JdbcClient jdbc;

  StoredResponsePersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "storedApiResponses";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    long kept = jdbc.sql("select count(*) from idempotency_keys where " + MENTIONS)
        .param(customerId.toString()).query(Long.class).single();
    return Map.of("responsesKeptForReplay", kept, "keptFor", "24 hours");
  }

  @Override
  public void erase(UUID customerId) {
    jdbc.sql("delete from idempotency_keys where " + MENTIONS).param(customerId.toString()).update();
  }
}
