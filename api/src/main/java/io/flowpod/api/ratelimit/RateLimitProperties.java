package io.flowpod.api.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flowpod.ratelimit.*}: token buckets (capacity per period, refilled continuously) per tenant
 * on the authenticated API and per client address on the public and auth paths.
 */
@ConfigurationProperties("flowpod.ratelimit")
public class RateLimitProperties {

  /** Turns all rate limits off (the request body limit stays). */
  private boolean enabled = true;
  /** Per tenant, every authenticated /api/** request outside the public and auth paths. */
  private Limit tenant = new Limit(100, Duration.ofMinutes(1));
  /** Per client address, /api/v1/public/**. */
  private Limit publicApi = new Limit(120, Duration.ofMinutes(1));
  /** Per client address, every /api/v1/auth/** request. */
  private Limit auth = new Limit(60, Duration.ofMinutes(1));
  /** Per client address, failed logins (401). */
  private Limit loginIp = new Limit(10, Duration.ofMinutes(1));
  /** Per e-mail address and client address, failed logins (401). */
  private Limit loginEmail = new Limit(5, Duration.ofMinutes(1));
  /** While Redis is unreachable: how long to skip it, and the Retry-After of a fail-closed 503. */
  private Duration redisRetryAfter = Duration.ofSeconds(10);
  /** Most keys the in-process fallback limiter remembers (least recently used are dropped). */
  private int localMaxKeys = 10_000;

  public static class Limit {
    private long capacity;
    private Duration period;

    public Limit() {}

    public Limit(long capacity, Duration period) {
      this.capacity = capacity;
      this.period = period;
    }

    public long getCapacity() {
      return capacity;
    }

    public void setCapacity(long capacity) {
      this.capacity = capacity;
    }

    public Duration getPeriod() {
      return period;
    }

    public void setPeriod(Duration period) {
      this.period = period;
    }
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Limit getTenant() {
    return tenant;
  }

  public void setTenant(Limit tenant) {
    this.tenant = tenant;
  }

  public Limit getPublicApi() {
    return publicApi;
  }

  public void setPublicApi(Limit publicApi) {
    this.publicApi = publicApi;
  }

  public Limit getAuth() {
    return auth;
  }

  public void setAuth(Limit auth) {
    this.auth = auth;
  }

  public Limit getLoginIp() {
    return loginIp;
  }

  public void setLoginIp(Limit loginIp) {
    this.loginIp = loginIp;
  }

  public Limit getLoginEmail() {
    return loginEmail;
  }

  public void setLoginEmail(Limit loginEmail) {
    this.loginEmail = loginEmail;
  }

  public Duration getRedisRetryAfter() {
    return redisRetryAfter;
  }

  public void setRedisRetryAfter(Duration redisRetryAfter) {
    this.redisRetryAfter = redisRetryAfter;
  }

  public int getLocalMaxKeys() {
    return localMaxKeys;
  }

  public void setLocalMaxKeys(int localMaxKeys) {
    this.localMaxKeys = localMaxKeys;
  }
}
