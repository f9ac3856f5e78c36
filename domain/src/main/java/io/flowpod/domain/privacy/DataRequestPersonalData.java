package io.flowpod.domain.privacy;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The customer's own data-subject requests. Erasure keeps them (they prove the workspace answered:
 * GDPR art. 5(2) accountability) but blanks staff's note and the extension reason, which may describe
 * the person; the log holds no personal data by design.
 */
@Component
class DataRequestPersonalData implements PersonalDataHolder {

  private final DataRequestStore store;

  DataRequestPersonalData(DataRequestStore store) {
    this.store = store;
  }

  @Override
  public String section() {
    return "dataRequests";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> requests = store.ofCustomer(customerId).stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", r.reference());
      row.put("kind", r.kind().name());
      row.put("receivedVia", r.receivedVia().name());
      row.put("note", r.note());
      row.put("status", r.status().name());
      row.put("receivedAt", r.receivedAt().toString());
      row.put("dueAt", r.dueAt().toString());
      row.put("extensionReason", r.extensionReason());
      return (Map<String, Object>) row;
    }).toList();
    return Map.of("requests", requests);
  }

  @Override
  public void erase(UUID customerId) {
    store.blankNotes(customerId);
  }
}
