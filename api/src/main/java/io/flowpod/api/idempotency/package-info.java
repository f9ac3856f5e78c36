/**
 * {@code Idempotency-Key} for POSTs that create business objects: annotate the handler with
 * {@link io.flowpod.api.idempotency.Idempotent}. Keys are scoped per tenant and per method and path,
 * kept 24 hours in PostgreSQL (table {@code idempotency_keys}, row-level security) and purged hourly.
 * The key row, the business change and the stored response commit in one transaction, so concurrent
 * duplicates wait on the first and replay its response ({@code Idempotent-Replayed: true}); a
 * different body under the same key is 422; a failed request stores nothing.
 */
package io.flowpod.api.idempotency;
