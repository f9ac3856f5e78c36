/**
 * Log context and format. Every request gets a request id ({@code X-Request-Id} if it is a safe token,
 * else generated; echoed in the response and in problems); {@code requestId}, {@code tenantId} and
 * {@code userId} are in the MDC for the request's lifetime. Console logs are structured JSON (ECS)
 * unless {@code flowpod.log.format=plain}. Log ids, never personal data, tokens or secrets.
 */
package io.flowpod.api.logging;
