package io.flowpod.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

  private final Passwords passwords = new Passwords();

  @Test
  void hashesWithBcryptAndChecks() {
    String hash = passwords.hash("correct-horse-battery");

    assertThat(hash).startsWith("$2").doesNotContain("correct-horse-battery");
    assertThat(passwords.matches("correct-horse-battery", hash)).isTrue();
    assertThat(passwords.matches("correct-horse-batterY", hash)).isFalse();
    assertThat(passwords.matches(null, hash)).isFalse();
  }

  @Test
  void anOverlongPasswordNeverMatchesInsteadOfFailing() {
    String hash = passwords.hash("a".repeat(72));

    assertThat(passwords.matches("a".repeat(80), hash)).isFalse();
    passwords.spendDecoyTime("a".repeat(80));
  }
}
