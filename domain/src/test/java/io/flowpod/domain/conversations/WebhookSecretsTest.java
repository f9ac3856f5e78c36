package io.flowpod.domain.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

  private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
  // Computed independently: printf '%s' '{"a":1}' | openssl dgst -sha256 -hmac app-secret
  private static final String SIGNATURE =
      "sha256=a2ac6607a24977f9757e6d78319ae1660ad42ffeee0ee3f0dff30a92bcf85448";

  @Test
  void acceptsOnlyTheHmacOfTheExactBytesWithTheSecret() {
    assertThat(WebhookSecrets.validHmacSha256("app-secret", BODY, SIGNATURE)).isTrue();
    assertThat(WebhookSecrets.validHmacSha256("app-secret", BODY,
        "sha256=" + SIGNATURE.substring(7).toUpperCase())).isTrue();
    assertThat(WebhookSecrets.validHmacSha256("other-secret", BODY, SIGNATURE)).isFalse();
    assertThat(WebhookSecrets.validHmacSha256("app-secret",
        "{\"a\":2}".getBytes(StandardCharsets.UTF_8), SIGNATURE)).isFalse();
    assertThat(WebhookSecrets.validHmacSha256("app-secret", BODY, SIGNATURE.substring(7))).isFalse();
    assertThat(WebhookSecrets.validHmacSha256("app-secret", BODY, "sha256=zz")).isFalse();
    assertThat(WebhookSecrets.validHmacSha256("app-secret", BODY, null)).isFalse();
    assertThat(WebhookSecrets.validHmacSha256("", BODY, SIGNATURE)).isFalse();
  }

  @Test
  void secretTokensMustBeSetAndEqual() {
    assertThat(WebhookSecrets.same("s3cret", "s3cret")).isTrue();
    assertThat(WebhookSecrets.same("s3cret", "s3creT")).isFalse();
    assertThat(WebhookSecrets.same("s3cret", null)).isFalse();
    assertThat(WebhookSecrets.same(null, null)).isFalse();
    assertThat(WebhookSecrets.same("", "")).isFalse();
  }
}
