package io.flowpod.domain.catalog;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Conversions between decimal amounts as people write them ({@code 12.50}) and minor units
 * ({@code 1250}), using the currency's own fraction digits (JPY 0, EUR 2, KWD 3). Never a double.
 */
final class Money {

  /** The largest amount accepted, in minor units: keeps totals of many lines far from overflow. */
  static final long MAX_MINOR = 1_000_000_000_000_000L;

  private Money() {}

  static int fractionDigits(String currency) {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  /**
   * Minor units of a non-negative decimal amount.
   *
   * @throws IllegalArgumentException when it is not a number, is negative, is too large or has more
   *     fraction digits than the currency allows (the message says which, without the value)
   */
  static long toMinor(String amount, String currency) {
    int digits = fractionDigits(currency);
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a decimal amount such as 12.50");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("must not be negative");
    }
    if (value.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException("has more than " + digits + " decimal places for " + currency);
    }
    BigDecimal minor = value.movePointRight(digits);
    if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
      throw new IllegalArgumentException("is too large");
    }
    return minor.longValueExact();
  }

  /** The decimal form of an amount in minor units, with exactly the currency's fraction digits. */
  static String toDecimal(long minor, String currency) {
    return BigDecimal.valueOf(minor, fractionDigits(currency)).toPlainString();
  }
}
