package io.flowpod.domain.payments;

/**
 * New payment settings. Secrets are write-only: null keeps the stored value, a value replaces it.
 * STRIPE needs both secrets (given now or stored before).
 */
public record PaymentSettingsUpdate(PaymentProvider provider, String stripeSecretKey,
    String stripeWebhookSecret, String manualInstructions) {}
