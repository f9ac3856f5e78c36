package io.flowpod.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantRulesTest {

  private static NewTenant tenant(String slug, String zone, String currency, String locale) {
    return new NewTenant("Corner Bakery", slug, zone, currency, locale);
  }

  @Test
  void aValidWorkspaceHasNoViolations() {
    assertThat(TenantRules.violations(tenant("corner-bakery-2", "Europe/Berlin", "EUR", "de-AT"))).isEmpty();
    assertThat(TenantRules.violations(tenant("abc", "America/New_York", "JPY", "en"))).isEmpty();
  }

  @Test
  void slugsAreThreeToFortyLowercaseLettersDigitsOrHyphens() {
    assertThat(TenantRules.violations(tenant("ab", "UTC", "EUR", "en"))).containsKey("slug");
    assertThat(TenantRules.violations(tenant("a".repeat(41), "UTC", "EUR", "en"))).containsKey("slug");
    assertThat(TenantRules.violations(tenant("a".repeat(40), "UTC", "EUR", "en"))).doesNotContainKey("slug");
    assertThat(TenantRules.violations(tenant("Corner", "UTC", "EUR", "en"))).containsKey("slug");
    assertThat(TenantRules.violations(tenant("corner_bakery", "UTC", "EUR", "en"))).containsKey("slug");
    assertThat(TenantRules.violations(tenant(null, "UTC", "EUR", "en"))).containsKey("slug");
  }

  @Test
  void timeZonesMustBeIana() {
    assertThat(TenantRules.violations(tenant("abc", "Mars/Olympus", "EUR", "en"))).containsKey("timeZone");
    assertThat(TenantRules.violations(tenant("abc", "+02:00", "EUR", "en"))).containsKey("timeZone");
    assertThat(TenantRules.violations(tenant("abc", null, "EUR", "en"))).containsKey("timeZone");
  }

  @Test
  void currenciesMustBeIso4217Codes() {
    assertThat(TenantRules.violations(tenant("abc", "UTC", "eur", "en"))).containsKey("currency");
    assertThat(TenantRules.violations(tenant("abc", "UTC", "XYZ", "en"))).containsKey("currency");
    assertThat(TenantRules.violations(tenant("abc", "UTC", "KWD", "en"))).isEmpty();
  }

  @Test
  void localesMustBeLanguageTags() {
    assertThat(TenantRules.violations(tenant("abc", "UTC", "EUR", "xx-YY"))).containsKey("locale");
    assertThat(TenantRules.violations(tenant("abc", "UTC", "EUR", "de_AT"))).containsKey("locale");
    assertThat(TenantRules.violations(tenant("abc", "UTC", "EUR", ""))).containsKey("locale");
    assertThat(TenantRules.violations(tenant("abc", "UTC", "EUR", "pt-BR"))).isEmpty();
  }

  @Test
  void namesAreSingleLinesUpToAHundredCharacters() {
    assertThat(TenantRules.violations(new NewTenant(" ", "abc", "UTC", "EUR", "en"))).containsKey("name");
    assertThat(TenantRules.violations(new NewTenant("x".repeat(101), "abc", "UTC", "EUR", "en")))
        .containsKey("name");
    assertThat(TenantRules.violations(new NewTenant("Bakery\nBcc: x", "abc", "UTC", "EUR", "en")))
        .containsKey("name");
  }
}
