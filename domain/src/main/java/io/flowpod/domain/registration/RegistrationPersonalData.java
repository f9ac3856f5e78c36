package io.flowpod.domain.registration;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registrations table's part of a data-subject export and erasure. */
@Component
class RegistrationPersonalData implements PersonalDataHolder {

  private final RegistrationStore store;

  RegistrationPersonalData(RegistrationStore store) {
    this.store = store;
  }

  @Override
  public String section() {
    return "registrations";
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> rows = store.ofCustomer(customerId).stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", r.id().toString());
      row.put("source", r.source());
      row.put("email", r.email());
      row.put("language", r.locale());
      row.put("status", r.status());
      row.put("createdAt", r.createdAt().toString());
      row.put("completedAt", r.usedAt() == null ? null : r.usedAt().toString());
      row.put("emailConfirmedAt", r.emailConfirmedAt() == null ? null : r.emailConfirmedAt().toString());
      return row;
    }).toList();
    return Map.of("registrations", rows);
  }

  @Override
  @Transactional
  public void erase(UUID customerId) {
    store.erase(customerId);
  }
}
