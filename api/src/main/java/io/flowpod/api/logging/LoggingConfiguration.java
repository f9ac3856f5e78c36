package io.flowpod.api.logging;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the log-context filters around Spring Security's filter chain. */
@Configuration(proxyBeanMethods = false)
public class LoggingConfiguration {

  /** Before everything else that may log or answer, so every line and problem carries the id. */
  public static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;
  /** Right after Spring Security, which establishes the caller. */
  public static final int CALLER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 5;

  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
    var registration = new FilterRegistrationBean<>(new RequestIdFilter());
    registration.setOrder(REQUEST_ID_ORDER);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR,
        DispatcherType.ASYNC);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CallerLogContextFilter> callerLogContextFilter() {
    var registration = new FilterRegistrationBean<>(new CallerLogContextFilter());
    registration.setOrder(CALLER_ORDER);
    return registration;
  }
}
