package io.flowpod.domain.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates custom field definitions and the values products hold for them. JSON values must have
 * the field's type: TEXT and DROPDOWN a string (a DROPDOWN one of its options), NUMBER a whole number,
 * DECIMAL a number (or a numeric string; kept as a string so no precision is lost), DATE an ISO
 * {@code yyyy-MM-dd} string, CHECKBOX a boolean. CSV cells are strings and are converted first by
 * {@link #fromText}.
 */
final class CustomFieldRules {

  static final int MAX_DEFINITIONS = 50;
  static final int MAX_TEXT = 1000;
  private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

  private CustomFieldRules() {}

  /** Problems of a new definition, by field name ({@code key}, {@code label}, {@code options}...). */
  static Map<String, String> definitionViolations(CustomFieldDefinition definition) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (definition.key() == null || !KEY.matcher(definition.key()).matches()) {
      violations.put("key", "must be 1-40 lower-case letters, digits or _ starting with a letter");
    }
    if (definition.label() == null || definition.label().isBlank()
        || definition.label().length() > 100) {
      violations.put("label", "must be 1-100 characters");
    }
    if (definition.type() == null) {
      violations.put("type", "must be one of TEXT, NUMBER, DECIMAL, DATE, DROPDOWN, CHECKBOX");
    }
    List<String> options = definition.options();
    if (definition.type() == CustomFieldType.DROPDOWN) {
      if (options.isEmpty() || options.size() > 100) {
        violations.put("options", "a DROPDOWN needs 1-100 options");
      } else if (options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100)
          || options.stream().distinct().count() != options.size()) {
        violations.put("options", "must be distinct, non-blank and at most 100 characters each");
      }
    } else if (!options.isEmpty()) {
      violations.put("options", "only a DROPDOWN has options");
    }
    return violations;
  }

  /**
   * Validates {@code values} against the definitions and answers the normalised values; problems go
   * to {@code violations} under {@code prefix + "customFields." + key}.
   */
  static Map<String, Object> check(Map<String, Object> values,
      Map<String, CustomFieldDefinition> definitions, String prefix,
      Map<String, String> violations) {
    Map<String, Object> given = values == null ? Map.of() : values;
    Map<String, Object> normalised = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      String field = prefix + "customFields." + entry.getKey();
      CustomFieldDefinition definition = definitions.get(entry.getKey());
      if (definition == null) {
        violations.put(field, "is not a custom field of this workspace");
        continue;
      }
      if (entry.getValue() == null) {
        continue;
      }
      Object value = normalise(definition, entry.getValue());
      if (value == null) {
        violations.put(field, expectation(definition));
      } else {
        normalised.put(entry.getKey(), value);
      }
    }
    for (CustomFieldDefinition definition : definitions.values()) {
      if (definition.required() && given.get(definition.key()) == null) {
        violations.putIfAbsent(prefix + "customFields." + definition.key(), "is required");
      }
    }
    return normalised;
  }

  /** Converts a CSV cell to the JSON-like value {@link #check} expects; blank means no value. */
  static Object fromText(CustomFieldDefinition definition, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    return switch (definition.type()) {
      case NUMBER -> {
        try {
          yield Long.parseLong(value);
        } catch (NumberFormatException e) {
          yield value;  // left as text so that check() reports the wrong type
        }
      }
      case CHECKBOX -> switch (value.toLowerCase()) {
        case "true", "yes", "1" -> Boolean.TRUE;
        case "false", "no", "0" -> Boolean.FALSE;
        default -> value;
      };
      default -> value;
    };
  }

  /** The value a product stores, rendered as a CSV cell. */
  static String toText(Object value) {
    return value == null ? "" : value.toString();
  }

  private static Object normalise(CustomFieldDefinition definition, Object value) {
    return switch (definition.type()) {
      case TEXT -> value instanceof String s && s.length() <= MAX_TEXT ? s : null;
      case DROPDOWN -> value instanceof String s && definition.options().contains(s) ? s : null;
      case CHECKBOX -> value instanceof Boolean b ? b : null;
      case NUMBER -> wholeNumber(value);
      case DECIMAL -> decimal(value);
      case DATE -> date(value);
    };
  }

  private static Long wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    return null;
  }

  private static String decimal(Object value) {
    try {
      BigDecimal number = switch (value) {
        case BigDecimal d -> d;
        case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
        case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
        case Integer i -> BigDecimal.valueOf(i);
        case Long l -> BigDecimal.valueOf(l);
        case BigInteger b -> new BigDecimal(b);
        case String s when s.length() <= 40 -> new BigDecimal(s.strip());
        default -> null;
      };
      return number == null ? null : number.toPlainString();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String date(Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip()).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String expectation(CustomFieldDefinition definition) {
    return switch (definition.type()) {
      case TEXT -> "must be text of at most " + MAX_TEXT + " characters";
      case DROPDOWN -> "must be one of the field's options";
      case CHECKBOX -> "must be true or false";
      case NUMBER -> "must be a whole number";
      case DECIMAL -> "must be a decimal number";
      case DATE -> "must be a date (yyyy-MM-dd)";
    };
  }
}
