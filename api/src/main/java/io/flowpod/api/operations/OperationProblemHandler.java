package io.flowpod.api.operations;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.operations.OperationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps {@link OperationException} to problems: 400 with field errors, 404 (also for another
 * workspace's instance or incident), 409 when the engine refuses, 503 when history is unavailable.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OperationProblemHandler {

  private final ProblemResponses problems;

  OperationProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(OperationException.class)
  ResponseEntity<ProblemDetail> operation(OperationException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID_INPUT -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
      case UNAVAILABLE -> ApiProblem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
