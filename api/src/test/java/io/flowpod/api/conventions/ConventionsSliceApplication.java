package io.flowpod.api.conventions;

import io.flowpod.api.platform.ClientAddresses;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The conventions without the rest of FlowPod, for web slice tests: the conventions' packages and the
 * client address resolver (without the rest of {@code io.flowpod.api.platform}), a
 * stand-in security chain (the real one belongs to the identity capability) that lets
 * {@code jwt()}-authenticated requests through, an in-memory meter registry, and a Redis client
 * pointed at a port nobody listens on (so rate limits run their Redis-down fallbacks).
 */
@SpringBootConfiguration
@ComponentScan({"io.flowpod.api.problem", "io.flowpod.api.logging", "io.flowpod.api.paging",
    "io.flowpod.api.concurrency", "io.flowpod.api.ratelimit"})
@Import(ClientAddresses.class)
public class ConventionsSliceApplication {

  @Bean
  SecurityFilterChain testSecurity(HttpSecurity http) throws Exception {
    return http
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/v1/public/**", "/api/v1/auth/**", "/error").permitAll()
            .anyRequest().authenticated())
        .exceptionHandling(e -> e.authenticationEntryPoint(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .build();
  }

  @Bean
  MeterRegistry meterRegistry() {
    return new SimpleMeterRegistry();
  }

  @Bean(destroyMethod = "close")
  JedisPooled unreachableRedis() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new JedisPooled(new HostAndPort("127.0.0.1", port),
        DefaultJedisClientConfig.builder().connectionTimeoutMillis(200).socketTimeoutMillis(200)
            .build());
  }
}
