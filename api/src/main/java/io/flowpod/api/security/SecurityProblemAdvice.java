package io.flowpod.api.security;

import io.flowpod.domain.tenancy.SlugTakenException;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for security and tenancy outcomes raised inside controllers: {@code @PreAuthorize}
 * refusals (403), missing authentication (401), a suspended workspace (403 "workspace suspended", also
 * for public pages through {@code Tenants#requireActive}), an unknown workspace (404), a taken slug
 * (409). Ordered first so that a catch-all handler elsewhere cannot turn them into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityProblemAdvice {

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
    return respond(ProblemResponses.forbidden(request));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(HttpServletRequest request) {
    return respond(ProblemResponses.unauthorized(false, request));
  }

  @ExceptionHandler(TenantSuspendedException.class)
  ResponseEntity<ProblemDetail> suspended(HttpServletRequest request) {
    return respond(ProblemResponses.suspended(request));
  }

  @ExceptionHandler(TenantNotFoundException.class)
  ResponseEntity<ProblemDetail> unknownTenant(HttpServletRequest request) {
    return respond(Problems.of(HttpStatus.NOT_FOUND, "workspace-not-found", "Not found",
        "No such workspace", request));
  }

  @ExceptionHandler(SlugTakenException.class)
  ResponseEntity<ProblemDetail> slugTaken(SlugTakenException e, HttpServletRequest request) {
    return respond(Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "workspace-slug-taken",
        "Workspace address taken", e.getMessage(), request),
        Map.of("workspaceSlug", "is already taken")));
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, HttpServletRequest request) {
    return respond(Problems.invalid(e.violations(), request));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return Problems.response(problem);
  }
}
