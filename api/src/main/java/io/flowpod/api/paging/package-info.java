/**
 * Pagination and sorting for list endpoints.
 *
 * <p>Request: {@code GET /api/v1/things?page=0&size=20&sort=createdAt,desc}. {@code page} counts from
 * 0 (default 0); {@code size} is 1..100 (default 20); {@code sort} is {@code field} or
 * {@code field,asc|desc}, may repeat, and only names fields the endpoint whitelists with
 * {@link io.flowpod.api.paging.Sortable} (the whitelist is the client-facing field name; the endpoint
 * maps it to a column itself, so no client text reaches SQL). Anything else is answered 400 with a
 * field error naming {@code page}, {@code size} or {@code sort}.
 *
 * <p>Response: {@link io.flowpod.api.paging.Page} {@code {items, page, size, totalItems}}; a page past
 * the end has no items.
 */
package io.flowpod.api.paging;
