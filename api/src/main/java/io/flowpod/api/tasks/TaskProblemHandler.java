package io.flowpod.api.tasks;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.tasks.StaffTaskException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps {@link StaffTaskException} to problems wherever a task is completed (the inbox, or a
 * capability's own endpoint such as an order's fulfilment): 400 with field errors, 404, 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TaskProblemHandler {

  private final ProblemResponses problems;

  TaskProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(StaffTaskException.class)
  ResponseEntity<ProblemDetail> task(StaffTaskException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID_INPUT -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
