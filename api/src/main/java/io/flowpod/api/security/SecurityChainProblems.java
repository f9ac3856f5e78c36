package io.flowpod.api.security;

import io.flowpod.api.problem.AccessProblems;
import io.flowpod.api.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security filter chain, which runs before Spring MVC (so MVC's exception
 * handling never sees them), written through {@link ProblemResponses} like every other problem: with
 * the request id, logged and counted.
 */
final class SecurityChainProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemResponses problems;

  SecurityChainProblems(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    problems.write(request, response,
        AccessProblems.unauthorized(failure instanceof InvalidBearerTokenException));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    problems.write(request, response, AccessProblems.forbidden());
  }
}
