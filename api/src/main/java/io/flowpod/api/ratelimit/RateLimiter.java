package io.flowpod.api.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

/**
 * Token buckets shared by all replicas in Redis (Bucket4j, compare-and-swap), with an in-process
 * fallback for the policies that allow one. After a Redis failure Redis is skipped for
 * {@code flowpod.ratelimit.redis-retry-after}, so an outage costs one failed call, not one per request.
 */
@Component
public class RateLimiter {

  private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
  private static final String PREFIX = "flowpod:ratelimit:";

  private final ProxyManager<String> redis;
  private final RateLimitProperties properties;
  private final Map<String, Bucket> local;
  private volatile long redisSkippedUntil = System.nanoTime();

  RateLimiter(UnifiedJedis jedis, RateLimitProperties properties) {
    this.redis = Bucket4jJedis.casBasedBuilder(jedis)
        .keyMapper(Mapper.STRING)
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
        .build();
    this.properties = properties;
    int maxKeys = properties.getLocalMaxKeys();
    this.local = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > maxKeys;
      }
    });
  }

  /** Takes one token for {@code subject} if there is one. */
  public Decision consume(LimitPolicy policy, String subject) {
    return apply(policy, subject, bucket -> fromProbe(policy, bucket.tryConsumeAndReturnRemaining(1)));
  }

  /** Whether a token is left, without taking it (for buckets that count only failures). */
  public Decision peek(LimitPolicy policy, String subject) {
    return apply(policy, subject, bucket -> fromEstimate(policy, bucket.estimateAbilityToConsume(1)));
  }

  /** Counts one failure against {@code subject}. */
  public void recordFailure(LimitPolicy policy, String subject) {
    apply(policy, subject, bucket -> {
      bucket.tryConsume(1);
      return null;
    });
  }

  private Decision apply(LimitPolicy policy, String subject, Function<Bucket, Decision> operation) {
    String key = PREFIX + policy.key() + ":" + subject;
    if (System.nanoTime() - redisSkippedUntil >= 0) {
      try {
        BucketConfiguration configuration = configuration(policy);
        Bucket bucket = redis.builder()
            .withImplicitConfigurationReplacement(version(policy),
                TokensInheritanceStrategy.PROPORTIONALLY)
            .build(key, () -> configuration);
        return operation.apply(bucket);
      } catch (RuntimeException redisFailure) {
        redisSkippedUntil = System.nanoTime() + properties.getRedisRetryAfter().toNanos();
        log.warn("Rate limits cannot reach Redis ({}); local buckets or fail-closed for {}",
            redisFailure.getClass().getSimpleName(), properties.getRedisRetryAfter());
      }
    }
    if (!policy.localFallback()) {
      return Decision.unavailable(properties.getRedisRetryAfter().toSeconds());
    }
    Bucket bucket = local.computeIfAbsent(key,
        k -> Bucket.builder().addLimit(bandwidth(policy)).build());
    return operation.apply(bucket);
  }

  private BucketConfiguration configuration(LimitPolicy policy) {
    return BucketConfiguration.builder().addLimit(bandwidth(policy)).build();
  }

  private Bandwidth bandwidth(LimitPolicy policy) {
    RateLimitProperties.Limit limit = policy.limit(properties);
    return Bandwidth.builder()
        .capacity(limit.getCapacity())
        .refillGreedy(limit.getCapacity(), limit.getPeriod())
        .build();
  }

  // A changed limit replaces the stored bucket configuration instead of being ignored.
  private long version(LimitPolicy policy) {
    RateLimitProperties.Limit limit = policy.limit(properties);
    return Math.abs((long) Objects.hash(limit.getCapacity(), limit.getPeriod()));
  }

  private Decision fromProbe(LimitPolicy policy, ConsumptionProbe probe) {
    return decision(policy, probe.isConsumed(), probe.getRemainingTokens(),
        probe.getNanosToWaitForRefill());
  }

  private Decision fromEstimate(LimitPolicy policy, EstimationProbe probe) {
    return decision(policy, probe.canBeConsumed(), probe.getRemainingTokens(),
        probe.getNanosToWaitForRefill());
  }

  private Decision decision(LimitPolicy policy, boolean allowed, long remaining,
      long nanosToNextToken) {
    RateLimitProperties.Limit limit = policy.limit(properties);
    long capacity = limit.getCapacity();
    long missing = Math.max(0, capacity - remaining);
    long reset = divideUp(missing * limit.getPeriod().toMillis(), capacity * 1000);
    long retryAfter = allowed
        ? 0
        : Math.max(1, divideUp(nanosToNextToken, TimeUnit.SECONDS.toNanos(1)));
    return new Decision(allowed, capacity, Math.max(0, remaining), reset, retryAfter, false);
  }

  private static long divideUp(long dividend, long divisor) {
    return divisor <= 0 ? 0 : (dividend + divisor - 1) / divisor;
  }
}
