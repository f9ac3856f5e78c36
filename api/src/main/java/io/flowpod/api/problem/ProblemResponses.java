package io.flowpod.api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.api.logging.RequestId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one place every problem response passes: it stamps the type, request id and instance, logs the
 * rejection (status, type and field names, never values) and counts it in
 * {@value #REJECTIONS}{@code {type,status}}. Filters and security entry points that answer before
 * Spring MVC use {@link #write} to answer the same way the controller advice does.
 */
@Component
public class ProblemResponses {

  public static final String REJECTIONS = "flowpod.api.rejections";
  private static final URI ABOUT_BLANK = URI.create("about:blank");
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  private final ObjectMapper json;
  private final MeterRegistry meters;

  ProblemResponses(ObjectMapper json, MeterRegistry meters) {
    this.json = json;
    this.meters = meters;
  }

  /** Completes a problem for this request and records the rejection. */
  public ProblemDetail prepare(HttpServletRequest request, ProblemDetail problem) {
    ProblemType type = ProblemType.fromUri(problem.getType());
    if (type == null || ABOUT_BLANK.equals(problem.getType())) {
      type = ProblemType.forStatus(problem.getStatus());
      problem.setType(type.uri());
      problem.setTitle(type.title());
    }
    String requestId = RequestId.of(request);
    problem.setProperty(Problems.REQUEST_ID, requestId);
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    record(request, requestId, type, problem);
    return problem;
  }

  /** A prepared problem as a controller-advice answer ({@code application/problem+json}). */
  public ResponseEntity<ProblemDetail> entity(HttpServletRequest request, ApiProblem problem) {
    return ResponseEntity.status(problem.getStatusCode())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(prepare(request, problem.getBody()));
  }

  /** Writes a problem as {@code application/problem+json}, for code that runs outside Spring MVC. */
  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
      HttpHeaders headers) throws IOException {
    prepare(request, problem);
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setHeader(RequestId.HEADER, RequestId.of(request));
    headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem)); // UTF-8, as JSON requires
  }

  /** Writes an {@link ApiProblem} with its headers (e.g. {@code Retry-After}). */
  public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
      throws IOException {
    write(request, response, problem.problem(), problem.getHeaders());
  }

  private void record(HttpServletRequest request, String requestId, ProblemType type,
      ProblemDetail problem) {
    Counter.builder(REJECTIONS)
        .description("Requests answered with a problem, by problem type and status")
        .tag("type", type.slug())
        .tag("status", Integer.toString(problem.getStatus()))
        .register(meters)
        .increment();
    if (problem.getStatus() < 500) {
      log.info("Rejected request {}: {} {} -> {} {} fields={}", requestId, request.getMethod(),
          request.getRequestURI(), problem.getStatus(), type.slug(), Problems.fieldNames(problem));
    }
  }
}
