package io.flowpod.api.problem;

import java.util.List;
import org.springframework.http.ProblemDetail;

/** Builds problem bodies the same way everywhere. */
public final class Problems {

  /** Property name of the field error list. */
  public static final String ERRORS = "errors";
  /** Property name of the request id, the one echoed in {@code X-Request-Id}. */
  public static final String REQUEST_ID = "requestId";

  private Problems() {}

  public static ProblemDetail create(ProblemType type, String detail) {
    return create(type, detail, List.of());
  }

  public static ProblemDetail create(ProblemType type, String detail, List<FieldViolation> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(type.status());
    problem.setType(type.uri());
    problem.setTitle(type.title());
    problem.setDetail(detail);
    if (!errors.isEmpty()) {
      problem.setProperty(ERRORS, List.copyOf(errors));
    }
    return problem;
  }

  /** The field names of a problem's errors, for logs (never the rejected values). */
  static List<String> fieldNames(ProblemDetail problem) {
    if (problem.getProperties() != null
        && problem.getProperties().get(ERRORS) instanceof List<?> errors) {
      return errors.stream()
          .filter(FieldViolation.class::isInstance)
          .map(error -> ((FieldViolation) error).field())
          .toList();
    }
    return List.of();
  }
}
