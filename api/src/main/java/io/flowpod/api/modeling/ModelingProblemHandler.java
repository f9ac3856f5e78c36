package io.flowpod.api.modeling;

import io.flowpod.api.modeling.ModelingDtos.Finding;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.modeling.ModelProblem;
import io.flowpod.domain.modeling.MigrationRefusedException;
import io.flowpod.domain.modeling.ModelRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rejected upload is 400 model-rejected: {@code errors} holds one entry per blocking finding with
 * {@code field} = {@code <file>} or {@code <file>#<element id>}, and {@code findings} every finding,
 * warnings included, with file, element and severity apart. For migrations: an unknown version is
 * 404, a target of another process 400, and a FlowPod without process history or commands 503.
 */
@RestControllerAdvice(assignableTypes = {DeploymentsController.class,
    ProcessMigrationsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ModelingProblemHandler {

  static final String FINDINGS = "findings";

  private final ProblemResponses problems;

  ModelingProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(ModelRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(ModelRejectedException e, HttpServletRequest request) {
    List<FieldViolation> errors = e.problems().stream().filter(ModelProblem::blocking)
        .map(p -> new FieldViolation(p.element() == null ? p.file() : p.file() + "#" + p.element(),
            p.message()))
        .toList();
    ApiProblem problem = ApiProblem.of(ProblemType.MODEL_REJECTED, e.getMessage(), errors);
    problem.getBody().setProperty(FINDINGS, Finding.of(e.problems()));
    return problems.entity(request, problem);
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> unknownVersion(NoSuchElementException e,
      HttpServletRequest request) {
    return problems.entity(request, ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(MigrationRefusedException.class)
  ResponseEntity<ProblemDetail> refused(MigrationRefusedException e, HttpServletRequest request) {
    return problems.entity(request, switch (e.reason()) {
      case OTHER_PROCESS -> ApiProblem.invalid("targetProcessDefinitionKey", e.getMessage());
      case UNAVAILABLE -> ApiProblem.of(ProblemType.SERVICE_UNAVAILABLE, e.getMessage());
    });
  }
}
