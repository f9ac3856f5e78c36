package io.flowpod.api.policies;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.policies.PolicyException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link PolicyException}: 400 naming each bad cell (rules[i].inputs[j]), 404, 409. */
@RestControllerAdvice(assignableTypes = PoliciesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PolicyProblemHandler {

  private final ProblemResponses problems;

  PolicyProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(PolicyException.class)
  ResponseEntity<ProblemDetail> policy(PolicyException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage() + ".");
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
