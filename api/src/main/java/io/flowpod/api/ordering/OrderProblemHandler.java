package io.flowpod.api.ordering;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.ordering.OrderException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps {@link OrderException} to problems: 400 with field errors, 404, 409 with the reason in the
 * detail. (The fulfilment shortcut's task refusals are mapped by the tasks API's handler.)
 */
@RestControllerAdvice(assignableTypes = {OrdersController.class, OrderSettingsController.class,
    PublicShopController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OrderProblemHandler {

  private final ProblemResponses problems;

  OrderProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(OrderException.class)
  ResponseEntity<ProblemDetail> order(OrderException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, "No such order.");
      case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
