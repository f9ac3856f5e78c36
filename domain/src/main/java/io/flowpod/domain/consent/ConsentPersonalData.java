package io.flowpod.domain.consent;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consent ledger. Erasure keeps every entry (purpose, channel, state, policy version, the text
 * shown, source and time: the proof that marketing was or was not allowed stays demonstrable, GDPR
 * art. 7(1) and 17(3)(e)) but blanks what identifies the person: the IP address and the proof
 * (e.g. the confirmation mail's details). The entries then point only at the anonymised customer row.
 */
@Component
class ConsentPersonalData implements PersonalDataHolder {

  private final Consents consents;
  private final JdbcClient jdbc;

  ConsentPersonalData(Consents consents, JdbcClient jdbc) {
    this.consents = consents;
    this.jdbc = jdbc;
  }

  @Override
  public String section() {
    return "consents";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> entries = consents.history(customerId).stream().map(record -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("purpose", record.purpose().name());
      row.put("channel", record.channel() == null ? null : record.channel().name());
      row.put("state", record.state().name());
      row.put("policyVersion", record.policyVersion());
      row.put("textShown", record.textShown());
      row.put("source", record.source());
      row.put("ipAddress", record.ipAddress());
      row.put("proof", record.proof());
      row.put("occurredAt", record.occurredAt().toString());
      return (Map<String, Object>) row;
    }).toList();
    return Map.of("entries", entries);
  }

  @Override
  public void erase(UUID customerId) {
    jdbc.sql("""
            update consent_records set ip_address = null, proof = null
            where customer_id = ? and (ip_address is not null or proof is not null)""")
        .param(customerId).update();
  }
}
