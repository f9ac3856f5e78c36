package io.flowpod.domain.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  final SecretBox box = new SecretBox(newKey());

  @Test
  void aSealedSecretOpensOnlyWithItsKeyAndContext() {
    String sealed = box.seal("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-secret-key:t1");

    assertThat(sealed).startsWith("v1:").doesNotContain("sk_test");
    assertThat(box.seal("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-secret-key:t1"))
        .as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(box.open(sealed, "stripe-secret-key:t1")).isEqualTo("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    assertThatThrownBy(() -> box.open(sealed, "stripe-secret-key:t2"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("flowpod.secrets.key");
    assertThatThrownBy(() -> new SecretBox(newKey()).open(sealed, "stripe-secret-key:t1"))
        .isInstanceOf(IllegalStateException.class);
    String tampered = sealed.substring(0, sealed.length() - 3)
        + (sealed.charAt(sealed.length() - 3) == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
    assertThatThrownBy(() -> box.open(tampered, "stripe-secret-key:t1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void withoutAKeyNothingCanBeSealedAndAWrongKeyFailsAtStart() {
    SecretBox none = new SecretBox("");
    assertThat(none.available()).isFalse();
    assertThatThrownBy(() -> none.seal("x", "c")).hasMessageContaining("FLOWPOD_SECRETS_KEY");
    assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes");
  }

  @Test
  void hintsShowThePrefixAndLastFourOnly() {
    assertThat(SecretBox.hint("sk_test_51Habcdefghijklmn4242")).isEqualTo("sk_test_…4242");
    assertThat(SecretBox.hint("whsec_abcdefghijklmnopqrst9z9z")).isEqualTo("whsec_…9z9z");
    assertThat(SecretBox.hint("plainsecretvalue1234")).isEqualTo("…1234");
    assertThat(SecretBox.hint("short")).isEqualTo("…");
  }
}
