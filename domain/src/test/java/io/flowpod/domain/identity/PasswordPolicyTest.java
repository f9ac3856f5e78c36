package io.flowpod.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTenCharactersAndMore() {
    assertThat(PasswordPolicy.violation("0123456789")).isEmpty();
    assertThat(PasswordPolicy.violation("correct horse battery staple")).isEmpty();
  }

  @Test
  void refusesShortBlankAndMissingPasswords() {
    assertThat(PasswordPolicy.violation("012345678")).contains("must be at least 10 characters");
    assertThat(PasswordPolicy.violation("          ")).contains("must not be blank");
    assertThat(PasswordPolicy.violation(null)).contains("must not be blank");
  }

  @Test
  void countsCharactersNotBytesForTheMinimum() {
    // Ten emoji are ten characters (twenty UTF-16 units, forty bytes).
    assertThat(PasswordPolicy.violation("😀".repeat(10))).isEmpty();
    assertThat(PasswordPolicy.violation("😀".repeat(9))).isPresent();
  }

  @Test
  void refusesWhatBcryptWouldTruncate() {
    assertThat(PasswordPolicy.violation("a".repeat(72))).isEmpty();
    assertThat(PasswordPolicy.violation("a".repeat(73))).contains("must be at most 72 bytes");
    assertThat(PasswordPolicy.violation("ä".repeat(37))).contains("must be at most 72 bytes");
  }
}
