package io.flowpod.api.ordering;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The storefront's requests carry no sign-in: their workspace is the {@code tenantSlug} of the path.
 * Sets it as the tenant before any other interceptor runs (idempotency keys are stored per tenant),
 * and answers 404 for an unknown or suspended workspace, so a slug reveals nothing either way.
 */
class ShopTenantInterceptor implements HandlerInterceptor {

  static final String SLUG = "tenantSlug";

  private final Tenants tenants;

  ShopTenantInterceptor(Tenants tenants) {
    this.tenants = tenants;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || method.getBeanType() != PublicShopController.class) {
      return true;
    }
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Object slug = variables instanceof Map<?, ?> map ? map.get(SLUG) : null;
    Tenant tenant;
    try {
      tenant = tenants.requireActive(String.valueOf(slug));
    } catch (TenantNotFoundException | TenantSuspendedException e) {
      throw ApiProblem.of(ProblemType.WORKSPACE_NOT_FOUND, "No such shop.");
    }
    TenantContext.set(tenant.id());
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    if (handler instanceof HandlerMethod method
        && method.getBeanType() == PublicShopController.class) {
      TenantContext.clear();
    }
  }
}
