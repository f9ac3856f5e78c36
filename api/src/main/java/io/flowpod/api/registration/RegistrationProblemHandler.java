package io.flowpod.api.registration;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.registration.RegistrationException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps {@link RegistrationException}: 400 per field, 400 invalid-link, 410 link-expired (used or
 * expired), 429 with Retry-After for the link limit, 404.
 */
@RestControllerAdvice(assignableTypes = {PublicRegistrationController.class,
    CustomerConsentsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RegistrationProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(RegistrationProblemHandler.class);

  private final ProblemResponses problems;

  RegistrationProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(RegistrationException.class)
  ResponseEntity<ProblemDetail> refused(RegistrationException e, HttpServletRequest request) {
    log.info("Registration request refused: {} {}", e.reason(), e.fieldErrors().keySet());
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case LINK_INVALID -> ApiProblem.of(ProblemType.INVALID_LINK, "The link is not valid.");
      case LINK_GONE -> ApiProblem.of(ProblemType.LINK_EXPIRED,
          "The link was already used or has expired; ask for a new one.");
      case TOO_MANY -> ApiProblem.retryLater(ProblemType.RATE_LIMITED,
          "Too many registration links for this address today; try again tomorrow.", 3600);
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, "The resource does not exist.");
    };
    ResponseEntity<ProblemDetail> entity = problems.entity(request, problem);
    // entity(...) keeps the body and status; Retry-After travels in the problem's own headers
    return ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
        .headers(problem.getHeaders()).body(entity.getBody());
  }
}
