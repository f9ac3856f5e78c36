package io.flowpod.domain.customers;

import io.flowpod.domain.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a customer's corrections to their name, e-mail address, phone and language (rectification).
 * Validates every field first and changes nothing when one is wrong.
 */
@Service
public class CustomerCorrections {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

  /** Refused corrections, by field. */
  public static class InvalidCorrection extends RuntimeException {
    private final Map<String, String> fieldErrors;

    InvalidCorrection(Map<String, String> fieldErrors) {
      super("Invalid correction of " + String.join(", ", fieldErrors.keySet()));
      this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
      return fieldErrors;
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  CustomerCorrections(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Applies the corrections and answers the names of the fields that changed.
   *
   * @throws InvalidCorrection naming each wrong field (nothing is changed)
   */
  @Transactional
  public List<String> apply(UUID customerId, CustomerCorrection correction) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (correction.empty()) {
      errors.put("name", "Give at least one of name, email, phone, locale");
    }
    String name = strip(correction.name());
    String email = strip(correction.email());
    String phone = strip(correction.phone());
    String locale = strip(correction.locale());
    if (correction.name() != null && (name.isEmpty() || name.length() > 200)) {
      errors.put("name", "A name of 1 to 200 characters");
    }
    if (correction.email() != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.put("email", "An e-mail address such as name@example.com");
    }
    if (correction.phone() != null && !PHONE.matcher(phone).matches()) {
      errors.put("phone", "A phone number of 6 to 20 digits, e.g. +39 06 1234567");
    }
    if (correction.locale() != null && !LOCALE.matcher(locale).matches()) {
      errors.put("locale", "A language code such as en, it, es or ar");
    }
    if (errors.isEmpty() && email != null && jdbc.sql(
            "select count(*) from customers where lower(email) = lower(?) and id <> ?")
        .params(email, customerId).query(Long.class).single() > 0) {
      errors.put("email", "Another customer of this workspace has this e-mail address");
    }
    if (!errors.isEmpty()) {
      throw new InvalidCorrection(errors);
    }
    List<String> changed = new ArrayList<>();
    Instant now = Instant.now(clock);
    changed.addAll(set(customerId, "name", name, now));
    changed.addAll(set(customerId, "email", email, now));
    changed.addAll(set(customerId, "phone", phone, now));
    changed.addAll(set(customerId, "locale", locale, now));
    if (changed.contains("email")) {
      jdbc.sql("update customers set email_verified_at = null where id = ?").param(customerId)
          .update();
    }
    return changed;
  }

  private List<String> set(UUID customerId, String column, String value, Instant now) {
    if (value == null) {
      return List.of();
    }
    // column is one of four fixed names above, never input.
    int updated = jdbc.sql("update customers set " + column + " = ?, updated_at = ? where id = ? and "
            + column + " is distinct from ? and tenant_id = ?")
        .params(value, Timestamp.from(now), customerId, value, TenantContext.require()).update();
    return updated == 1 ? List.of(column) : List.of();
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
