package io.flowpod.api.problem;

import io.flowpod.api.logging.RequestId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure inside Spring MVC with an RFC 9457 problem ({@code application/problem+json}):
 * field errors for validation, the offending field for unreadable bodies, 404/409/412/413/415/428/429
 * where they apply, and a generic 500 that logs the exception with the request id but never shows it.
 * Authentication, access and identity outcomes are mapped by {@link AccessProblemHandler}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final ProblemResponses problems;

  ApiExceptionHandler(ProblemResponses problems) {
    this.problems = problems;
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Object> notFound(NoSuchElementException ex, WebRequest request) {
    return answer(ex, ApiProblem.of(ProblemType.NOT_FOUND, "The resource does not exist."), request);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
    return answer(ex, ApiProblem.of(ProblemType.CONFLICT,
        "The resource was changed by another request; reload it and try again."), request);
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
    return answer(ex, ApiProblem.of(ProblemType.CONFLICT,
        "The request conflicts with an existing resource."), request);
  }

  /** From {@code @Validated} services or controllers (method validation through a proxy). */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
    List<FieldViolation> errors = ex.getConstraintViolations().stream()
        .map(violation -> new FieldViolation(ConstraintPaths.field(violation.getPropertyPath()),
            violation.getMessage()))
        .toList();
    return answer(ex, ApiProblem.invalid(sorted(errors)), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
    return internalError(ex, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldViolation> errors = new ArrayList<>();
    ex.getBindingResult().getFieldErrors()
        .forEach(error -> errors.add(new FieldViolation(error.getField(), message(error))));
    ex.getBindingResult().getGlobalErrors()
        .forEach(error -> errors.add(new FieldViolation("$", message(error))));
    return answer(ex, ApiProblem.invalid(sorted(errors)), request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    List<FieldViolation> errors = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> {
      String parameter = ParameterNames.of(result.getMethodParameter());
      result.getResolvableErrors().forEach(error -> errors.add(new FieldViolation(
          error instanceof FieldError field ? field.getField() : parameter, message(error))));
    });
    ex.getCrossParameterValidationResults()
        .forEach(error -> errors.add(new FieldViolation("$", message(error))));
    return answer(ex, ApiProblem.invalid(sorted(errors)), request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ApiProblem problem = BodyReadProblems.classify(ex);
    return problem == null ? internalError(ex, request) : answer(ex, problem, request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = ex instanceof MethodArgumentTypeMismatchException arg
        ? ParameterNames.of(arg.getParameter())
        : String.valueOf(ex.getPropertyName());
    return answer(ex, ApiProblem.invalid(field,
        "must be " + BodyReadProblems.describe(ex.getRequiredType())), request);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return answer(ex, ApiProblem.invalid(ex.getParameterName(), "is required"), request);
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(
      ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (ex instanceof MissingRequestHeaderException missing) {
      return answer(ex, ApiProblem.invalid(missing.getHeaderName(), "is required"), request);
    }
    return super.handleServletRequestBindingException(ex, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(ex, ApiProblem.of(ProblemType.NOT_FOUND, "Nothing exists at this path."),
        request);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return answer(ex, ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "The upload is too large."),
        request);
  }

  /** Every response of this advice and of the base class passes here. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    ProblemDetail problem = body instanceof ProblemDetail detail
        ? detail
        : ProblemDetail.forStatus(statusCode);
    HttpServletRequest servletRequest = servletRequest(request);
    if (servletRequest != null) {
      problems.prepare(servletRequest, problem);
    }
    return new ResponseEntity<>(problem, headers, statusCode);
  }

  private ResponseEntity<Object> answer(Exception ex, ApiProblem problem, WebRequest request) {
    return handleExceptionInternal(ex, problem.getBody(), problem.getHeaders(),
        problem.getStatusCode(), request);
  }

  private ResponseEntity<Object> internalError(Exception ex, WebRequest request) {
    HttpServletRequest servletRequest = servletRequest(request);
    log.error("Request {} failed: {} {}",
        servletRequest == null ? "?" : RequestId.of(servletRequest),
        servletRequest == null ? "?" : servletRequest.getMethod(),
        servletRequest == null ? "?" : servletRequest.getRequestURI(), ex);
    return answer(ex, ApiProblem.of(ProblemType.INTERNAL_ERROR,
        "An unexpected error occurred. Quote the request id if you report it."), request);
  }

  private static HttpServletRequest servletRequest(WebRequest request) {
    return request instanceof NativeWebRequest nativeRequest
        ? nativeRequest.getNativeRequest(HttpServletRequest.class)
        : null;
  }

  private static String message(MessageSourceResolvable error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  private static List<FieldViolation> sorted(List<FieldViolation> errors) {
    return errors.stream()
        .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
        .toList();
  }
}
