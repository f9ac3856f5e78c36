package io.flowpod.domain.policies;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Sample inputs for trying a table, typed by the kind's input columns: numbers (also as text),
 * text, booleans. A missing input is passed as null, as a flow without that variable would.
 */
final class SampleInputs {

  private SampleInputs() {}

  static Map<String, Object> coerce(PolicyKind kind, Map<String, Object> raw,
      Map<String, String> violations) {
    Map<String, Object> given = raw == null ? Map.of() : raw;
    Map<String, Object> variables = new HashMap<>();
    for (String name : given.keySet()) {
      if (kind.inputs().stream().noneMatch(c -> c.name().equals(name))) {
        violations.put("inputs." + name, "is not an input of " + kind.kind());
      }
    }
    for (PolicyColumn column : kind.inputs()) {
      Object value = given.get(column.name());
      String field = "inputs." + column.name();
      if (value == null) {
        variables.put(column.name(), null);
        continue;
      }
      switch (column.type()) {
        case NUMBER -> {
          try {
            variables.put(column.name(), new BigDecimal(value.toString().strip()));
          } catch (NumberFormatException e) {
            violations.put(field, column.label() + ": must be a number");
          }
        }
        case STRING -> variables.put(column.name(), value.toString());
        case BOOLEAN -> {
          if (value instanceof Boolean b) {
            variables.put(column.name(), b);
          } else if ("true".equals(value.toString()) || "false".equals(value.toString())) {
            variables.put(column.name(), Boolean.valueOf(value.toString()));
          } else {
            violations.put(field, column.label() + ": must be true or false");
          }
        }
      }
    }
    return variables;
  }
}
