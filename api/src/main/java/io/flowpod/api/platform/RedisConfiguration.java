package io.flowpod.api.platform;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/** One pooled Jedis client for the whole application, and the "redis" health component. */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

  @Bean(destroyMethod = "close")
  JedisPooled jedis(@Value("${flowpod.redis.url}") URI url) {
    var config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(2000)
        .socketTimeoutMillis(2000)
        .ssl("rediss".equals(url.getScheme()));
    String userInfo = url.getUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      if (colon >= 0) {
        if (colon > 0) config.user(userInfo.substring(0, colon));
        config.password(userInfo.substring(colon + 1));
      } else {
        config.password(userInfo);
      }
    }
    return new JedisPooled(new HostAndPort(url.getHost(), url.getPort() < 0 ? 6379 : url.getPort()),
        config.build());
  }

  @Bean("redis")
  HealthIndicator redisHealth(JedisPooled jedis) {
    return () -> {
      try {
        return "PONG".equals(jedis.ping()) ? Health.up().build() : Health.down().build();
      } catch (RuntimeException e) {
        return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
      }
    };
  }
}
