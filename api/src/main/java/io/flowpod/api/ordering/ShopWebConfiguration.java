package io.flowpod.api.ordering;

import io.flowpod.domain.tenancy.Tenants;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link ShopTenantInterceptor} ahead of every other interceptor on the public API. */
@Configuration(proxyBeanMethods = false)
class ShopWebConfiguration implements WebMvcConfigurer {

  private final Tenants tenants;

  ShopWebConfiguration(Tenants tenants) {
    this.tenants = tenants;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ShopTenantInterceptor(tenants))
        .addPathPatterns("/api/v1/public/**")
        .order(Ordered.HIGHEST_PRECEDENCE);
  }
}
