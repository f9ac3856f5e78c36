package io.flowpod.api.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.api.logging.LoggingConfiguration;
import io.flowpod.api.platform.ClientAddresses;
import io.flowpod.api.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Request limits in filter order: body size (right after the request id, before anything reads a
 * body, form parsing included), per-client limits (before Spring Security at
 * {@value SecurityProperties#DEFAULT_FILTER_ORDER}), per-tenant limits (after it, when the caller is
 * known).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

  public static final int BODY_LIMIT_ORDER = LoggingConfiguration.REQUEST_ID_ORDER + 5;
  public static final int CLIENT_LIMIT_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;
  public static final int TENANT_LIMIT_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

  private final long maxBodyBytes;

  RateLimitConfiguration(@Value("${flowpod.api.max-body-size:1MB}") DataSize maxBodySize) {
    this.maxBodyBytes = maxBodySize.toBytes();
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ProblemResponses problems) {
    var registration =
        new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodyBytes, problems));
    registration.setOrder(BODY_LIMIT_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ClientRateLimitFilter> clientRateLimitFilter(RateLimiter limiter,
      RateLimitProperties properties, ClientAddresses addresses, ProblemResponses problems,
      ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(
        new ClientRateLimitFilter(limiter, properties, addresses, problems, json, maxBodyBytes));
    registration.setOrder(CLIENT_LIMIT_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TenantRateLimitFilter> tenantRateLimitFilter(RateLimiter limiter,
      RateLimitProperties properties, ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(
        new TenantRateLimitFilter(limiter, properties, problems));
    registration.setOrder(TENANT_LIMIT_ORDER);
    return registration;
  }
}
