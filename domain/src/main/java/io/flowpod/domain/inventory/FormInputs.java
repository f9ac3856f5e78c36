package io.flowpod.domain.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads a staff form's raw input (JSON numbers or strings), collecting a message per bad field. */
final class FormInputs {

  private FormInputs() {}

  /** A whole number between min and max, or null (with a violation) when missing or bad. */
  static Long wholeNumber(Map<String, Object> input, String field, long min, long max,
      Map<String, String> violations) {
    Object raw = input.get(field);
    String message = "must be a whole number from " + min + " to " + max;
    if (raw == null || raw.toString().isBlank()) {
      violations.put(field, "is required");
      return null;
    }
    try {
      long value = new BigDecimal(raw.toString().strip()).longValueExact();
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below as a bad value
    }
    violations.put(field, message);
    return null;
  }

  /** Stripped text of 1 to max characters, or null (with a violation). */
  static String text(Map<String, Object> input, String field, int max,
      Map<String, String> violations) {
    Object raw = input.get(field);
    String value = raw == null ? "" : raw.toString().strip();
    if (value.isEmpty() || value.length() > max) {
      violations.put(field, "must be 1 to " + max + " characters");
      return null;
    }
    return value;
  }

  /** An ISO {@code yyyy-MM-dd} date, or null (with a violation). */
  static LocalDate date(Map<String, Object> input, String field, Map<String, String> violations) {
    Object raw = input.get(field);
    if (raw == null || raw.toString().isBlank()) {
      violations.put(field, "is required");
      return null;
    }
    try {
      return LocalDate.parse(raw.toString().strip());
    } catch (DateTimeParseException e) {
      violations.put(field, "must be a date (yyyy-MM-dd)");
      return null;
    }
  }
}
