/**
 * Optimistic locking over HTTP. Reads answer {@code ETag: W/"<version>"} ({@link
 * io.flowpod.api.concurrency.ETags#of}); changes declare an {@link io.flowpod.api.concurrency.IfMatch}
 * parameter, which makes {@code If-Match} required (428 without it) and answers 412 when the version
 * it names is no longer current. A concurrent change that slips between that check and the write is
 * caught by the entity's {@code @Version} column and answered 409.
 */
package io.flowpod.api.concurrency;
