package io.flowpod.api.idempotency;

import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.ratelimit.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For POSTs that carry an {@code Idempotency-Key}: reads the body up front (to fingerprint it) and
 * holds the response back until {@link IdempotencyInterceptor} has committed it, so nothing reaches
 * the client before the key, the business change and the stored response are durable.
 */
class IdempotencyFilter extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final ProblemResponses problems;

  IdempotencyFilter(long maxBodyBytes, ProblemResponses problems) {
    this.maxBodyBytes = maxBodyBytes;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(Idempotent.HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    var cached = CachedBodyRequest.readOrRefuse(request, response, maxBodyBytes, problems);
    if (cached.isEmpty()) {
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(cached.get(), held);
    } finally {
      held.copyBodyToResponse();
    }
  }
}
