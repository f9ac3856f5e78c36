package io.flowpod.domain.tenancy;

/** What a new workspace needs; validated by {@link Tenants#create}. */
public record NewTenant(String name, String slug, String timeZone, String currency, String locale) {}
