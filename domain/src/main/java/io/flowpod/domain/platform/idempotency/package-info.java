/**
 * Storage for idempotency keys: a tenant-owned table with row-level security, keys kept 24 hours.
 * The web mechanism that uses it lives in {@code io.flowpod.api.idempotency}.
 */
package io.flowpod.domain.platform.idempotency;
