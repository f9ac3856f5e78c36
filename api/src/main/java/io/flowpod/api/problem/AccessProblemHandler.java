package io.flowpod.api.problem;

import io.flowpod.domain.identity.IdentityException;
import io.flowpod.domain.tenancy.SlugTakenException;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one mapping of authentication, access, identity and workspace outcomes raised inside Spring MVC
 * to problem types: {@code @PreAuthorize} refusals (403), missing authentication (401), each
 * {@link IdentityException.Reason}, a suspended workspace (403, also for public pages through
 * {@code Tenants#requireActive}), an unknown workspace (404) and a taken workspace address (409).
 * Ordered before {@link ApiExceptionHandler} so that its catch-all cannot turn them into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AccessProblemHandler {

  private final ProblemResponses problems;

  AccessProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
    return answer(AccessProblems.forbidden(), request);
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(HttpServletRequest request) {
    return answer(AccessProblems.unauthorized(false), request);
  }

  @ExceptionHandler(TenantSuspendedException.class)
  ResponseEntity<ProblemDetail> suspended(HttpServletRequest request) {
    return answer(AccessProblems.workspaceSuspended(), request);
  }

  @ExceptionHandler(TenantNotFoundException.class)
  ResponseEntity<ProblemDetail> unknownWorkspace(TenantNotFoundException e,
      HttpServletRequest request) {
    return answer(ApiProblem.of(ProblemType.WORKSPACE_NOT_FOUND, e.getMessage()), request);
  }

  @ExceptionHandler(SlugTakenException.class)
  ResponseEntity<ProblemDetail> slugTaken(SlugTakenException e, HttpServletRequest request) {
    return answer(ApiProblem.of(ProblemType.WORKSPACE_SLUG_TAKEN, e.getMessage(),
        List.of(new FieldViolation("workspaceSlug", "is already taken"))), request);
  }

  @ExceptionHandler(IdentityException.class)
  ResponseEntity<ProblemDetail> identity(IdentityException e, HttpServletRequest request) {
    return answer(problem(e), request);
  }

  static ApiProblem problem(IdentityException e) {
    String detail = e.getMessage();
    return switch (e.reason()) {
      case INVALID_INPUT -> ApiProblem.invalid(e.violations().entrySet().stream()
          .map(violation -> new FieldViolation(violation.getKey(), violation.getValue()))
          .toList());
      case INVALID_CREDENTIALS -> ApiProblem.of(ProblemType.INVALID_CREDENTIALS, detail);
      case INVALID_REFRESH_TOKEN -> ApiProblem.of(ProblemType.SESSION_EXPIRED, detail);
      case INVALID_LINK -> ApiProblem.of(ProblemType.INVALID_LINK, detail);
      case LINK_EXPIRED -> ApiProblem.of(ProblemType.LINK_EXPIRED, detail);
      case EMAIL_TAKEN -> ApiProblem.of(ProblemType.EMAIL_TAKEN, detail,
          List.of(new FieldViolation("email", "is already registered")));
      case NOT_PERMITTED -> ApiProblem.of(ProblemType.FORBIDDEN, detail);
      case USER_NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, detail);
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, detail);
    };
  }

  private ResponseEntity<ProblemDetail> answer(ApiProblem problem, HttpServletRequest request) {
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problems.prepare(request, problem.problem()));
  }
}
