package io.flowpod.api.payments;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.payments.PaymentException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link PaymentException} reasons to problems: 400 (fields, rejected webhooks), 404, 409. */
@RestControllerAdvice(assignableTypes = {StripeWebhookController.class,
    PaymentSettingsController.class, ManualPaymentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PaymentProblemHandler {

  private final ProblemResponses problems;

  PaymentProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(PaymentException.class)
  ResponseEntity<ProblemDetail> payment(PaymentException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(FieldViolation.of(e.violations()));
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case NOT_AWAITING_PAYMENT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
      case WEBHOOK_REJECTED -> ApiProblem.of(ProblemType.BAD_REQUEST, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
