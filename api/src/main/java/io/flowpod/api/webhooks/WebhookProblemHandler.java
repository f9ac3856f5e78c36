package io.flowpod.api.webhooks;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.webhooks.WebhookException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link WebhookException}: 400 naming each field (url, eventTypes[i]), 404, 409. */
@RestControllerAdvice(assignableTypes = WebhookEndpointsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WebhookProblemHandler {

  private final ProblemResponses problems;

  WebhookProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(WebhookException.class)
  ResponseEntity<ProblemDetail> webhook(WebhookException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage() + ".");
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
