package io.flowpod.domain.payments;

/**
 * A workspace's payment settings as they may be shown: secrets only as hints ("sk_test_…4242"), null
 * when not set.
 */
public record PaymentSettingsView(PaymentProvider provider, String stripeSecretKeyHint,
    String stripeWebhookSecretHint, String manualInstructions, boolean testPageAvailable) {}
