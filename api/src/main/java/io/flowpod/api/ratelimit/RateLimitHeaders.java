package io.flowpod.api.ratelimit;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The IETF draft headers ({@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset} in seconds) on every limited response, and the problems for refusals.
 */
final class RateLimitHeaders {

  static final String LIMIT = "RateLimit-Limit";
  static final String REMAINING = "RateLimit-Remaining";
  static final String RESET = "RateLimit-Reset";

  private RateLimitHeaders() {}

  static void apply(HttpServletResponse response, Decision decision) {
    if (decision.unavailable()) {
      return;
    }
    response.setHeader(LIMIT, Long.toString(decision.limit()));
    response.setHeader(REMAINING, Long.toString(decision.remaining()));
    response.setHeader(RESET, Long.toString(decision.resetSeconds()));
  }

  static ApiProblem refusal(Decision decision) {
    return decision.unavailable()
        ? ApiProblem.retryLater(ProblemType.SERVICE_UNAVAILABLE,
            "Sign-in is briefly unavailable; try again shortly.", decision.retryAfterSeconds())
        : ApiProblem.retryLater(ProblemType.RATE_LIMITED,
            "Too many requests; try again in " + decision.retryAfterSeconds() + " seconds.",
            decision.retryAfterSeconds());
  }
}
