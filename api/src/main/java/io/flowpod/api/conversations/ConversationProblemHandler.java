package io.flowpod.api.conversations;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.conversations.ConversationException;
import io.flowpod.domain.conversations.WebhookRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Webhook rejections become 401; conversation refusals 400 (fields, malformed deliveries), 404, 409
 * (the channel's rules, e.g. WhatsApp's 24-hour window) and 503 (no channel sender, provider down).
 */
@RestControllerAdvice(assignableTypes = {ChatWebhookController.class, ConversationsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ConversationProblemHandler {

  private final ProblemResponses problems;

  ConversationProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(WebhookRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(WebhookRejectedException e, HttpServletRequest request) {
    return problems.entity(request, ApiProblem.of(ProblemType.UNAUTHORIZED, e.getMessage()));
  }

  @ExceptionHandler(ConversationException.class)
  ResponseEntity<ProblemDetail> conversation(ConversationException e, HttpServletRequest request) {
    ApiProblem problem = switch (e.reason()) {
      case INVALID_INPUT -> ApiProblem.invalid(FieldViolation.of(e.fieldErrors()));
      case MALFORMED -> ApiProblem.of(ProblemType.MALFORMED_REQUEST, e.getMessage());
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case CHANNEL_RULE -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage());
      case UNAVAILABLE -> ApiProblem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage());
    };
    return problems.entity(request, problem);
  }
}
