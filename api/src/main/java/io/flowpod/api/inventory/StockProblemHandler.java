package io.flowpod.api.inventory;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.inventory.StockException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps {@link StockException} reasons to problems: 400 with field errors, 404, and 409 carrying
 * {@code productId} (and {@code available} when stock is short) so a client can say which line failed.
 */
@RestControllerAdvice(assignableTypes = {StockController.class, ReorderRuleController.class,
    ReplenishmentsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StockProblemHandler {

  private final ProblemResponses problems;

  StockProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(StockException.class)
  ResponseEntity<ProblemDetail> stock(StockException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.violations()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case ARCHIVED, INSUFFICIENT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage(),
          FieldViolation.of(e.violations()));
    };
    if (e.productId() != null) {
      problem.getBody().setProperty("productId", e.productId());
    }
    if (e.reason() == StockException.Reason.INSUFFICIENT) {
      problem.getBody().setProperty("available", e.available());
    }
    return problems.entity(request, problem);
  }
}
