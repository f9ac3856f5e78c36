package io.flowpod.api.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.domain.platform.idempotency.IdempotencyRecords;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires {@link Idempotent}: the filter after Spring Security and the rate limits, the interceptor on
 * {@code /api/**}, and the hourly purge of expired keys. Settings under
 * {@code flowpod.api.idempotency.*}: {@code retention} (24h), {@code wait} (5s),
 * {@code cleanup-interval} (1h).
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration implements WebMvcConfigurer {

  public static final int FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 20;
  private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

  private final IdempotencyRecords records;
  private final PlatformTransactionManager transactions;
  private final ObjectMapper json;
  private final ProblemResponses problems;
  private final Duration retention;
  private final Duration wait;
  private final long maxBodyBytes;

  IdempotencyConfiguration(IdempotencyRecords records, PlatformTransactionManager transactions,
      ObjectMapper json, ProblemResponses problems,
      @Value("${flowpod.api.idempotency.retention:24h}") Duration retention,
      @Value("${flowpod.api.idempotency.wait:5s}") Duration wait,
      @Value("${flowpod.api.max-body-size:1MB}") DataSize maxBodySize) {
    this.records = records;
    this.transactions = transactions;
    this.json = json;
    this.problems = problems;
    this.retention = retention;
    this.wait = wait;
    this.maxBodyBytes = maxBodySize.toBytes();
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter() {
    var registration = new FilterRegistrationBean<>(new IdempotencyFilter(maxBodyBytes, problems));
    registration.setOrder(FILTER_ORDER);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new IdempotencyInterceptor(records, transactions,
            new RequestFingerprint(json), problems, retention, wait))
        .addPathPatterns("/api/**");
  }

  @Scheduled(initialDelayString = "PT1M",
      fixedDelayString = "${flowpod.api.idempotency.cleanup-interval:PT1H}")
  void purgeExpiredKeys() {
    int purged = records.purgeExpired();
    if (purged > 0) {
      log.info("Purged {} expired idempotency keys", purged);
    }
  }
}
