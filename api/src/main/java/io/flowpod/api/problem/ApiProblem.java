package io.flowpod.api.problem;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Throw from a controller, interceptor or service adapter to answer a problem of a given type, e.g.
 * {@code throw ApiProblem.of(ProblemType.CONFLICT, "The order was already shipped")}. The message
 * becomes the problem's {@code detail}, so it must be safe to show to the caller.
 */
public class ApiProblem extends ErrorResponseException {

  private final ProblemType type;

  protected ApiProblem(ProblemType type, String detail, List<FieldViolation> errors,
      HttpHeaders headers) {
    super(HttpStatusCode.valueOf(type.status()), Problems.create(type, detail, errors), null);
    this.type = type;
    getHeaders().addAll(headers);
  }

  public static ApiProblem of(ProblemType type, String detail) {
    return of(type, detail, List.of());
  }

  /** A problem of a specific type that also names the fields it concerns. */
  public static ApiProblem of(ProblemType type, String detail, List<FieldViolation> errors) {
    return new ApiProblem(type, detail, errors, HttpHeaders.EMPTY);
  }

  /** A 400 that names each offending field, parameter or header. */
  public static ApiProblem invalid(List<FieldViolation> errors) {
    return new ApiProblem(ProblemType.VALIDATION, "The request has invalid fields.", errors,
        HttpHeaders.EMPTY);
  }

  public static ApiProblem invalid(String field, String message) {
    return invalid(List.of(new FieldViolation(field, message)));
  }

  /** A problem that tells the caller when to try again ({@code Retry-After}, in seconds). */
  public static ApiProblem retryLater(ProblemType type, String detail, long retryAfterSeconds) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfterSeconds)));
    return new ApiProblem(type, detail, List.of(), headers);
  }

  public ProblemType type() {
    return type;
  }

  @Override
  public String getMessage() {
    return type.slug() + ": " + getBody().getDetail();
  }

  ProblemDetail problem() {
    return getBody();
  }
}
