package io.flowpod.domain.payments;

import io.flowpod.domain.platform.secrets.SecretBox;
import java.util.UUID;

/** One payment_settings row; the secrets stay sealed until a provider call needs them. */
record StoredSettings(UUID tenantId, PaymentProvider provider, String secretKeySealed,
    String secretKeyHint, String webhookSecretSealed, String webhookSecretHint,
    String manualInstructions) {

  static final String SECRET_KEY_CONTEXT = "stripe-secret-key:";
  static final String WEBHOOK_SECRET_CONTEXT = "stripe-webhook-secret:";

  static StoredSettings defaults(UUID tenantId, PaymentProvider provider) {
    return new StoredSettings(tenantId, provider, null, null, null, null, null);
  }

  String secretKey(SecretBox box) {
    return secretKeySealed == null ? null : box.open(secretKeySealed, SECRET_KEY_CONTEXT + tenantId);
  }

  String webhookSecret(SecretBox box) {
    return webhookSecretSealed == null
        ? null
        : box.open(webhookSecretSealed, WEBHOOK_SECRET_CONTEXT + tenantId);
  }
}
