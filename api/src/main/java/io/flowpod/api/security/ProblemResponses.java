package io.flowpod.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the security filter chain as problem+json (the chain runs before Spring MVC, so
 * MVC's exception handling never sees these). Details stay generic: they never echo why a token
 * failed to validate.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    boolean badToken = failure instanceof InvalidBearerTokenException;
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
        badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
    write(response, unauthorized(badToken, request));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException denied) throws IOException {
    write(response, forbidden(request));
  }

  static ProblemDetail unauthorized(boolean badToken, HttpServletRequest request) {
    return Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
        badToken ? "The access token is invalid or expired"
            : "This endpoint needs a bearer access token", request);
  }

  static ProblemDetail forbidden(HttpServletRequest request) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
        "Your role does not allow this", request);
  }

  static ProblemDetail suspended(HttpServletRequest request) {
    return Problems.of(HttpStatus.FORBIDDEN, "workspace-suspended", "Workspace suspended",
        "This workspace is suspended; contact FlowPod support", request);
  }

  void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
