package io.flowpod.domain.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an operator may set as process variables: camelCase names, never the tenant, and nothing
 * whose name says it holds personal data or secrets (process variables outlive GDPR erasure in the
 * engine's history, so flows carry references such as {@code orderId} only).
 */
final class VariableRules {

  static final int MAX_VARIABLES = 20;
  private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");
  private static final List<String> PERSONAL_OR_SECRET = List.of("email", "phone", "mobile",
      "address", "street", "birth", "iban", "card", "password", "secret", "token", "firstname",
      "lastname", "fullname", "customername");

  private VariableRules() {}

  /** Field errors by {@code variables.<name>} (or {@code variables}); empty when all are fine. */
  static Map<String, String> violations(Map<String, Object> variables) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (variables == null || variables.isEmpty()) {
      errors.put("variables", "must name at least one variable");
      return errors;
    }
    if (variables.size() > MAX_VARIABLES) {
      errors.put("variables", "must name at most " + MAX_VARIABLES + " variables at once");
      return errors;
    }
    for (String name : variables.keySet()) {
      String field = "variables." + name;
      String lower = name.toLowerCase(Locale.ROOT);
      if (!CAMEL_CASE.matcher(name).matches()) {
        errors.put(field, "must be a camelCase name (letters and digits, starting lower-case)");
      } else if (name.equals("tenantId")) {
        errors.put(field, "cannot be changed: it says which workspace the flow belongs to");
      } else if (PERSONAL_OR_SECRET.stream().anyMatch(lower::contains)) {
        errors.put(field, "looks like personal data or a secret; flows carry references only");
      }
    }
    return errors;
  }
}
