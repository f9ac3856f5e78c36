package io.flowpod.api.ratelimit;

import io.flowpod.api.platform.RequestPaths;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-tenant limit on the authenticated API ({@code /api/**} outside the public and auth paths), after
 * Spring Security so the caller is known. A caller without a tenant (the platform operator) is keyed
 * by user. Without Redis it falls back to in-process buckets: a tenant's staff keep working, at the
 * cost of a limit that briefly applies per replica.
 */
class TenantRateLimitFilter extends OncePerRequestFilter {

  private final RateLimiter limiter;
  private final RateLimitProperties properties;
  private final ProblemResponses problems;

  TenantRateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
      ProblemResponses problems) {
    this.limiter = limiter;
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return !properties.isEnabled() || !path.startsWith("/api/")
        || path.startsWith(ClientRateLimitFilter.PUBLIC_PREFIX)
        || ClientRateLimitFilter.isAuthEndpoint(path);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<CurrentUser> caller = CurrentUser.current();
    if (caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    CurrentUser user = caller.get();
    String subject = user.tenantId() != null ? user.tenantId().toString() : "user:" + user.userId();
    Decision decision = limiter.consume(LimitPolicy.TENANT, subject);
    RateLimitHeaders.apply(response, decision);
    if (!decision.allowed()) {
      problems.write(request, response, RateLimitHeaders.refusal(decision));
      return;
    }
    chain.doFilter(request, response);
  }
}
