package io.flowpod.api.security;

import io.flowpod.api.platform.ClientAddresses;
import io.flowpod.api.problem.AccessProblems;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.domain.audit.RequestOrigin;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brackets every request: the caller's address for audit entries (the one {@link ClientAddresses}
 * gives rate limits too), and for a signed-in caller the tenant from the token's {@code tid}, so that
 * everything the request touches runs under that tenant's row-level security. A suspended workspace
 * is refused here with 403 "workspace suspended", before any controller runs. Both are cleared when
 * the request ends.
 */
final class TenantRequestFilter extends OncePerRequestFilter {

  private final Tenants tenants;
  private final ProblemResponses problems;
  private final ClientAddresses addresses;

  TenantRequestFilter(Tenants tenants, ProblemResponses problems, ClientAddresses addresses) {
    this.tenants = tenants;
    this.problems = problems;
    this.addresses = addresses;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    try {
      RequestOrigin.set(addresses.of(request));
      Optional<UUID> tenantId = CurrentUser.current().map(CurrentUser::tenantId);
      if (tenantId.isPresent()) {
        Optional<Tenant> tenant = tenants.find(tenantId.get());
        if (tenant.isEmpty()) {
          SecurityContextHolder.clearContext();
          problems.write(request, response, AccessProblems.unauthorized(true));
          return;
        }
        if (!tenant.get().isActive()) {
          problems.write(request, response, AccessProblems.workspaceSuspended());
          return;
        }
        TenantContext.set(tenantId.get());
      }
      chain.doFilter(request, response);
    } finally {
      TenantContext.clear();
      RequestOrigin.clear();
    }
  }
}
