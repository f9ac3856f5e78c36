/**
 * The ordering API: staff endpoints under {@code /api/v1/orders} and {@code /api/v1/settings/orders},
 * and the storefront's public endpoints under {@code /api/v1/public/{tenantSlug}} (no sign-in; the
 * workspace comes from the slug, see {@code ShopTenantInterceptor}). Controllers call
 * {@link io.flowpod.domain.ordering.Orders}; the order's flow follows from its events.
 */
package io.flowpod.api.ordering;
