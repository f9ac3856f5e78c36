package io.flowpod.api.logging;

import io.flowpod.api.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security: adds the caller's tenant and user ids (opaque UUIDs, no personal data)
 * to the log context and removes them when the request is done.
 */
class CallerLogContextFilter extends OncePerRequestFilter {

  static final String TENANT = "tenantId";
  static final String USER = "userId";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<CurrentUser> caller = CurrentUser.current();
    caller.map(CurrentUser::tenantId).ifPresent(tenant -> MDC.put(TENANT, tenant.toString()));
    caller.map(CurrentUser::userId).ifPresent(user -> MDC.put(USER, user.toString()));
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(TENANT);
      MDC.remove(USER);
    }
  }
}
