package io.flowpod.api.ratelimit;

import java.util.function.Function;

/**
 * The buckets FlowPod keeps, what each is keyed by, and what happens while Redis is unreachable:
 * auth buckets fail closed (a brute-force guard that silently turns off is no guard), the others fall
 * back to an in-process bucket (per replica, so the effective limit briefly multiplies).
 */
public enum LimitPolicy {
  TENANT("tenant", RateLimitProperties::getTenant, true),
  PUBLIC_API("public", RateLimitProperties::getPublicApi, true),
  AUTH("auth", RateLimitProperties::getAuth, false),
  LOGIN_IP("login-ip", RateLimitProperties::getLoginIp, false),
  LOGIN_EMAIL("login-email", RateLimitProperties::getLoginEmail, false);

  private final String key;
  private final Function<RateLimitProperties, RateLimitProperties.Limit> limit;
  private final boolean localFallback;

  LimitPolicy(String key, Function<RateLimitProperties, RateLimitProperties.Limit> limit,
      boolean localFallback) {
    this.key = key;
    this.limit = limit;
    this.localFallback = localFallback;
  }

  String key() {
    return key;
  }

  RateLimitProperties.Limit limit(RateLimitProperties properties) {
    return limit.apply(properties);
  }

  boolean localFallback() {
    return localFallback;
  }
}
