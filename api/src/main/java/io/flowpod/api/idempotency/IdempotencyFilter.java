package io.flowpod.api.idempotency;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.PayloadTooLargeException;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
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
    CachedBodyRequest cached;
    try {
      cached = CachedBodyRequest.read(request, maxBodyBytes);
    } catch (PayloadTooLargeException tooLarge) {
      problems.write(request, response, ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than " + maxBodyBytes + " bytes."));
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(cached, held);
    } finally {
      held.copyBodyToResponse();
    }
  }
}
