package io.flowpod.domain.tenancy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a {@link NewTenant} valid. Answers violations by {@link NewTenant} field name. */
public final class TenantRules {

  static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,40}");
  static final int MAX_NAME_LENGTH = 100;
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  private TenantRules() {}

  /** Field name to message, in field order; empty when the request is valid. */
  public static Map<String, String> violations(NewTenant tenant) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (tenant.name() == null || tenant.name().isBlank()) {
      violations.put("name", "must not be blank");
    } else if (tenant.name().strip().length() > MAX_NAME_LENGTH) {
      violations.put("name", "must be at most " + MAX_NAME_LENGTH + " characters");
    } else if (hasControlCharacters(tenant.name())) {
      violations.put("name", "must not contain line breaks or control characters");
    }
    if (tenant.slug() == null || !SLUG.matcher(tenant.slug()).matches()) {
      violations.put("slug", "must be 3 to 40 lowercase letters, digits or hyphens");
    }
    if (!isIanaZone(tenant.timeZone())) {
      violations.put("timeZone", "must be an IANA time zone such as Europe/Berlin");
    }
    if (!isIsoCurrency(tenant.currency())) {
      violations.put("currency", "must be an ISO 4217 currency code such as EUR");
    }
    if (!isLocale(tenant.locale())) {
      violations.put("locale", "must be a language tag such as en or de-AT");
    }
    return violations;
  }

  /** Names end up in mail subjects and page titles: no line breaks or other control characters. */
  public static boolean hasControlCharacters(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }

  static boolean isIanaZone(String zone) {
    return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
  }

  static boolean isIsoCurrency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean isLocale(String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(tag);
    return ISO_LANGUAGES.contains(locale.getLanguage()) && locale.toLanguageTag().equalsIgnoreCase(tag);
  }
}
