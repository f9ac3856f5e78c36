package io.flowpod.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void convertsWithTheCurrencysOwnFractionDigits() {
    assertThat(Money.toMinor("12.50", "EUR")).isEqualTo(1250);
    assertThat(Money.toMinor("12.5", "EUR")).isEqualTo(1250);
    assertThat(Money.toMinor("1200", "JPY")).isEqualTo(1200);
    assertThat(Money.toMinor("1.234", "KWD")).isEqualTo(1234);
    assertThat(Money.toDecimal(1250, "EUR")).isEqualTo("12.50");
    assertThat(Money.toDecimal(1200, "JPY")).isEqualTo("1200");
    assertThat(Money.toDecimal(5, "KWD")).isEqualTo("0.005");
  }

  @Test
  void refusesMorePrecisionThanTheCurrencyHasNegativesAndNonNumbers() {
    assertThatThrownBy(() -> Money.toMinor("12.505", "EUR")).hasMessageContaining("2 decimal places");
    assertThatThrownBy(() -> Money.toMinor("12.5", "JPY")).hasMessageContaining("0 decimal places");
    assertThatThrownBy(() -> Money.toMinor("-1", "EUR")).hasMessage("must not be negative");
    assertThatThrownBy(() -> Money.toMinor("12,50", "EUR")).hasMessageContaining("decimal amount");
    assertThatThrownBy(() -> Money.toMinor("1e30", "EUR")).hasMessage("is too large");
  }

  @Test
  void trailingZerosBeyondTheFractionDigitsAreHarmless() {
    assertThat(Money.toMinor("12.500", "EUR")).isEqualTo(1250);
  }
}
