package io.flowpod.api.identity;

import io.flowpod.api.security.Problems;
import io.flowpod.domain.identity.IdentityException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link IdentityException} as problem details: one status, type and title per reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdentityProblemAdvice {

  @ExceptionHandler(IdentityException.class)
  ResponseEntity<ProblemDetail> identity(IdentityException e, HttpServletRequest request) {
    ProblemDetail problem = switch (e.reason()) {
      case INVALID_INPUT -> Problems.invalid(e.violations(), request);
      case INVALID_CREDENTIALS -> Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials",
          "Sign-in failed", e.getMessage(), request);
      case INVALID_REFRESH_TOKEN -> Problems.of(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
          "Session expired", e.getMessage(), request);
      case INVALID_LINK -> Problems.of(HttpStatus.BAD_REQUEST, "invalid-link", "Invalid link",
          e.getMessage(), request);
      case LINK_EXPIRED -> Problems.of(HttpStatus.GONE, "link-expired", "Link expired",
          e.getMessage(), request);
      case EMAIL_TAKEN -> Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "email-taken",
          "Email already registered", e.getMessage(), request), Map.of("email", "is already registered"));
      case NOT_PERMITTED -> Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
          e.getMessage(), request);
      case USER_NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
          e.getMessage(), request);
      case CONFLICT -> Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(),
          request);
    };
    return Problems.response(problem);
  }
}
