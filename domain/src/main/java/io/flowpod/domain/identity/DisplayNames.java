package io.flowpod.domain.identity;

import io.flowpod.domain.tenancy.TenantRules;
import java.util.Map;

/** A person's name as shown in the workspace: 1 to 100 characters, trimmed. */
final class DisplayNames {

  static final int MAX_LENGTH = 100;

  private DisplayNames() {}

  static void check(String name, String field, Map<String, String> violations) {
    if (name == null || name.isBlank()) {
      violations.put(field, "must not be blank");
    } else if (name.strip().length() > MAX_LENGTH) {
      violations.put(field, "must be at most " + MAX_LENGTH + " characters");
    } else if (TenantRules.hasControlCharacters(name)) {
      violations.put(field, "must not contain line breaks or control characters");
    }
  }
}
