package io.flowpod.domain.notifications;

import io.flowpod.domain.customers.PersonalDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The messages sent to a customer: exported with their texts and attempts; erased by removing the
 * addresses, rendered texts and parameters (the rows stay as proof that something was sent, when and
 * on which channel).
 */
@Component
class OutboundPersonalData implements PersonalDataHolder {

  private final OutboundStore store;

  OutboundPersonalData(OutboundStore store) {
    this.store = store;
  }

  @Override
  public String section() {
    return "outboundMessages";
  }

  @Override
  public Map<String, Object> export(UUID customerId) {
    List<Map<String, Object>> messages = store.ofCustomer(customerId).stream().map(m -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", m.id().toString());
      row.put("template", m.template());
      row.put("about", m.subjectRef());
      row.put("status", m.status().name());
      row.put("channel", m.sentChannel() == null ? null : m.sentChannel().name());
      row.put("subject", m.subject());
      row.put("text", m.bodyText());
      row.put("createdAt", String.valueOf(m.createdAt()));
      row.put("sentAt", m.sentAt() == null ? null : m.sentAt().toString());
      row.put("attempts", store.attempts(m.id()).stream().map(a -> Map.of(
          "channel", a.channel().name(), "outcome", a.outcome(),
          "at", a.attemptedAt().toString())).toList());
      return row;
    }).toList();
    return Map.of("messages", messages);
  }

  @Override
  public void erase(UUID customerId) {
    store.erase(customerId);
  }
}
