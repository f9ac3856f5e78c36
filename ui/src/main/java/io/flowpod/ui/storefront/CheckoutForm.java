package io.flowpod.ui.storefront;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checkout form as typed, and the problems a visitor can fix before the order is tried. The
 * ordering domain validates again and its field errors are shown the same way ({@link #fieldOf}).
 */
public record CheckoutForm(String name, String email, String phone, boolean terms) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  static CheckoutForm blank() {
    return new CheckoutForm("", "", "", false);
  }

  static CheckoutForm of(String name, String email, String phone, String terms) {
    return new CheckoutForm(strip(name), strip(email), strip(phone), terms != null);
  }

  /** Field name to message for what is missing or malformed; empty when the form may be sent. */
  Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (name.isEmpty()) {
      problems.put("name", "Enter your name.");
    } else if (name.length() > 200) {
      problems.put("name", "Use at most 200 characters.");
    }
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      problems.put("email", "Enter an e-mail address such as name@example.com.");
    }
    if (phone.length() > 40) {
      problems.put("phone", "Use at most 40 characters.");
    }
    if (!terms) {
      problems.put("terms", "Accept the terms to place the order.");
    }
    return problems;
  }

  /** The form field a domain field error belongs to ("customer.email" -> "email"), else null. */
  static String fieldOf(String domainField) {
    String field = domainField == null ? "" : domainField.toLowerCase(java.util.Locale.ROOT);
    if (field.contains("email")) {
      return "email";
    }
    if (field.contains("phone")) {
      return "phone";
    }
    if (field.contains("terms")) {
      return "terms";
    }
    if (field.equals("name") || field.endsWith(".name") || field.equals("customername")) {
      return "name";
    }
    return null;
  }

  /**
   * What a domain message ("must be an e-mail address") is about, so that it reads as a sentence:
   * the form field's label, "The cart" for lines, else the field name.
   */
  static String subjectOf(String field) {
    return switch (field) {
      case "name" -> "Name";
      case "email" -> "E-mail";
      case "phone" -> "Phone";
      case "terms" -> "The terms";
      default -> field.startsWith("lines") ? "The cart" : field;
    };
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
