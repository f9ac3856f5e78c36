package io.flowpod.ui.storefront;

import io.flowpod.domain.tenancy.Tenant;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The active workspace behind a storefront address, with its own way of writing money and time: prices
 * in the workspace's currency and locale, instants in its time zone.
 */
public record Shop(Tenant tenant) {

  public String slug() {
    return tenant.slug();
  }

  public String name() {
    return tenant.name();
  }

  public String currency() {
    return tenant.currency();
  }

  /** The language tag for the page's {@code lang} attribute. */
  public String lang() {
    return locale().toLanguageTag();
  }

  /** An amount in minor units of the workspace's currency, e.g. "€12.50". */
  public String money(long minor) {
    return money(minor, tenant.currency());
  }

  public String money(long minor, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(currency);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(BigDecimal.valueOf(minor, digits));
  }

  public String time(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale()).withZone(zone()).format(instant);
  }

  /** The ISO form of an instant for {@code <time datetime>}. */
  public String isoTime(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  private ZoneId zone() {
    try {
      return ZoneId.of(tenant.timeZone());
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private Locale locale() {
    String tag = tenant.locale() == null ? "en" : tenant.locale().replace('_', '-');
    return Locale.forLanguageTag(tag);
  }
}
