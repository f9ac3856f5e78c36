package io.flowpod.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details as FlowPod writes them: a stable {@code type} per kind of problem, a short
 * title, a detail safe to show, the request path as {@code instance}, and field errors as
 * {@code errors: [{field, message}]}.
 */
public final class Problems {

  public static final String TYPE_PREFIX = "urn:flowpod:problem:";

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String type, String title, String detail,
      HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    if (request != null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    return problem;
  }

  /** Adds {@code errors} from a field-to-message map (kept in its order). */
  public static ProblemDetail withErrors(ProblemDetail problem, Map<String, String> violations) {
    problem.setProperty("errors", violations.entrySet().stream()
        .map(e -> Map.of("field", e.getKey(), "message", e.getValue()))
        .toList());
    return problem;
  }

  /** A 400 problem listing invalid fields. */
  public static ProblemDetail invalid(Map<String, String> violations, HttpServletRequest request) {
    return withErrors(of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "The request has invalid fields", request), violations);
  }

  /** The problem as a response: its status and the problem+json media type. */
  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
