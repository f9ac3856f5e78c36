package io.flowpod.api.catalog;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.catalog.CatalogException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps {@link CatalogException} reasons to problems: 400 with field errors, 404, 409. */
@RestControllerAdvice(assignableTypes = {ProductsController.class, CustomFieldsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CatalogProblemHandler {

  private final ProblemResponses problems;

  CatalogProblemHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(CatalogException.class)
  ResponseEntity<ProblemDetail> catalog(CatalogException e, HttpServletRequest request) {
    List<FieldViolation> errors = FieldViolation.of(e.violations());
    ApiProblem problem = switch (e.reason()) {
      case INVALID -> ApiProblem.invalid(errors);
      case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
      case DUPLICATE -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage(), errors);
    };
    return problems.entity(request, problem);
  }
}
