package io.flowpod.domain.tenancy;

/**
 * What a new workspace needs: a display name, a unique slug (3–40 lowercase letters, digits, hyphens),
 * an IANA time zone, an ISO 4217 currency and a locale (language tag). See {@link TenantRules}.
 */
public record NewTenant(String name, String slug, String timeZone, String currency, String locale) {}
