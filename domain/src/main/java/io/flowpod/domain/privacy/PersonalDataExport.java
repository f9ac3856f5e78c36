package io.flowpod.domain.privacy;

import io.flowpod.domain.customers.PersonalDataHolder;
import io.flowpod.domain.messaging.CustomerRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Everything FlowPod holds on a customer, from every {@link PersonalDataHolder} bean (each capability
 * with personal data in its tables registers one), and the erasure through all of them.
 */
@Component
class PersonalDataExport {

  static final String FORMAT = "flowpod-personal-data-export/1";

  private final List<PersonalDataHolder> holders;
  private final Clock clock;

  PersonalDataExport(List<PersonalDataHolder> holders, Clock clock) {
    // The customer row goes last: other holders may still look the customer up while erasing.
    this.holders = holders.stream()
        .sorted(java.util.Comparator.comparing(holder -> holder.section().equals("customer")))
        .toList();
    this.clock = clock;
  }

  /** The machine-readable export: format, time, customer reference, and one section per holder. */
  Map<String, Object> of(UUID customerId) {
    Map<String, Object> sections = new LinkedHashMap<>();
    for (PersonalDataHolder holder : holders) {
      sections.put(holder.section(), holder.export(customerId));
    }
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("format", FORMAT);
    export.put("generatedAt", Instant.now(clock).toString());
    export.put("customerRef", CustomerRef.of(customerId));
    export.put("sections", sections);
    return export;
  }

  /** Erases through every holder (the customer row last); answers the sections. */
  List<String> erase(UUID customerId) {
    List<String> sections = new ArrayList<>();
    for (PersonalDataHolder holder : holders) {
      holder.erase(customerId);
      sections.add(holder.section());
    }
    return sections;
  }
}
