/**
 * Rate limits (Bucket4j token buckets in Redis, {@code flowpod.ratelimit.*}) and the request body limit
 * ({@code flowpod.api.max-body-size}, 1 MB, answered 413).
 *
 * <p>Per client address, before authentication: {@code /api/v1/public/**} 120/min and
 * {@code /api/v1/auth/**} 60/min; {@code POST /api/v1/auth/login} also counts failed logins (401),
 * 10/min per address and 5/min per e-mail and address. Per tenant, after authentication: 100/min on
 * the rest of {@code /api/**}. Limited responses carry {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset}; a refusal is a 429 problem with
 * {@code Retry-After}. The client address comes from
 * {@link io.flowpod.api.platform.ClientAddresses} (the remote address, or the last
 * {@code X-Forwarded-For} entry when {@code flowpod.api.trust-forwarded-for=true}).
 *
 * <p>When Redis is unreachable: auth paths fail closed (503 problem with {@code Retry-After}), since a
 * brute-force guard that silently switches off is no guard; public paths and the tenant API fall back
 * to in-process buckets, so shoppers and staff keep working while the limit applies per replica.
 * Redis is then skipped for {@code redis-retry-after} (10 s) so an outage does not add a failed
 * connection attempt to every request.
 */
package io.flowpod.api.ratelimit;
