package io.flowpod.domain.payments;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.secrets.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current workspace's payment provider and credentials. Secrets are sealed with {@link SecretBox}
 * before they are stored and are never answered, only their hints.
 */
@Service
public class PaymentSettings {

  static final int MAX_INSTRUCTIONS = 2000;

  private final PaymentSettingsStore store;
  private final PaymentModes modes;
  private final SecretBox box;
  private final Clock clock;

  PaymentSettings(PaymentSettingsStore store, PaymentModes modes, SecretBox box, Clock clock) {
    this.store = store;
    this.modes = modes;
    this.box = box;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PaymentSettingsView current() {
    return view(stored(TenantContext.require()));
  }

  /** Validates and stores; a secret left null keeps its stored value. */
  @Transactional
  public PaymentSettingsView update(PaymentSettingsUpdate update, UUID actorUserId) {
    UUID tenant = TenantContext.require();
    StoredSettings before = stored(tenant);
    Map<String, String> violations = new LinkedHashMap<>();
    if (update.provider() == null) {
      violations.put("provider", "must be one of MANUAL, TEST, STRIPE");
    } else if (update.provider() == PaymentProvider.TEST && !modes.testPageEnabled()) {
      violations.put("provider", "TEST needs the test payment page (embedded mode or "
          + "flowpod.payments.test-page-enabled)");
    }
    check(violations, "stripeSecretKey", update.stripeSecretKey(), "sk_", "rk_");
    check(violations, "stripeWebhookSecret", update.stripeWebhookSecret(), "whsec_");
    if (!box.available() && (update.stripeSecretKey() != null || update.stripeWebhookSecret() != null)) {
      violations.put("stripeSecretKey", "cannot be stored: the server has no flowpod.secrets.key");
      throw PaymentException.invalid(violations);
    }
    String instructions = blankToNull(update.manualInstructions());
    if (instructions != null && instructions.length() > MAX_INSTRUCTIONS) {
      violations.put("manualInstructions", "must be at most " + MAX_INSTRUCTIONS + " characters");
    }
    String keySealed = update.stripeSecretKey() == null
        ? before.secretKeySealed()
        : box.seal(update.stripeSecretKey().strip(), StoredSettings.SECRET_KEY_CONTEXT + tenant);
    String hookSealed = update.stripeWebhookSecret() == null
        ? before.webhookSecretSealed()
        : box.seal(update.stripeWebhookSecret().strip(), StoredSettings.WEBHOOK_SECRET_CONTEXT + tenant);
    if (update.provider() == PaymentProvider.STRIPE) {
      if (keySealed == null) {
        violations.put("stripeSecretKey", "is required for STRIPE");
      }
      if (hookSealed == null) {
        violations.put("stripeWebhookSecret", "is required for STRIPE");
      }
    }
    if (!violations.isEmpty()) {
      throw PaymentException.invalid(violations);
    }
    StoredSettings after = new StoredSettings(tenant, update.provider(), keySealed,
        update.stripeSecretKey() == null ? before.secretKeyHint() : SecretBox.hint(update.stripeSecretKey().strip()),
        hookSealed,
        update.stripeWebhookSecret() == null ? before.webhookSecretHint() : SecretBox.hint(update.stripeWebhookSecret().strip()),
        instructions);
    store.save(after, actorUserId, Instant.now(clock));
    return view(after);
  }

  /** The stored settings, or the mode's default for a workspace that has none (run in a transaction). */
  StoredSettings stored(UUID tenant) {
    return store.find(tenant).orElseGet(() -> StoredSettings.defaults(tenant, modes.defaultProvider()));
  }

  private PaymentSettingsView view(StoredSettings s) {
    return new PaymentSettingsView(s.provider(), s.secretKeyHint(), s.webhookSecretHint(),
        s.manualInstructions(), modes.testPageEnabled());
  }

  private static void check(Map<String, String> violations, String field, String value,
      String... prefixes) {
    if (value == null) {
      return;
    }
    String v = value.strip();
    boolean prefixed = false;
    for (String prefix : prefixes) {
      prefixed |= v.startsWith(prefix);
    }
    if (!prefixed || v.length() < 16 || v.length() > 255 || v.chars().anyMatch(Character::isWhitespace)) {
      violations.put(field, "must be a Stripe " + String.join(" or ", prefixes) + "… value");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
