package io.flowpod.api.privacy;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.privacy.DataRequestException;
import io.flowpod.domain.tasks.StaffTaskException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps refusals of the data-request API to problems: 400 with field errors, 404, 409 with the reason.
 * A rectification's invalid corrections come from its staff task form.
 */
@RestControllerAdvice(assignableTypes = {DataRequestsController.class,
    PublicDataRequestsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DataRequestProblemHandler {

  private final ProblemResponses problems;

  DataRequestProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DataRequestException.class)
  ResponseEntity<ProblemDetail> request(DataRequestException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage() + ".");
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }

  @ExceptionHandler(StaffTaskException.class)
  ResponseEntity<ProblemDetail> task(StaffTaskException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID_INPUT -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, "No such data request.");
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
