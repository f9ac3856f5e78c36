package io.flowpod.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's {@code /error} path, for failures outside Spring MVC (the container, filters that call
 * {@code sendError}): answers a problem like the controller advice does. Browsers asking for HTML
 * still get the HTML error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  private final ProblemResponses problems;

  ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers,
      ProblemResponses problems) {
    super(errorAttributes, viewResolvers);
    this.problems = problems;
  }

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView html(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = getStatus(request);
    var model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
    response.setStatus(status.value());
    ModelAndView view = resolveErrorView(request, response, status, model);
    return view != null ? view : new ModelAndView("error", model);
  }

  @RequestMapping
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status.is5xxServerError()
        && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      log.error("Request failed outside Spring MVC: {} {}", request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
    }
    ProblemType type = ProblemType.forStatus(status.value());
    ProblemDetail problem = Problems.create(type, status.is5xxServerError()
        ? "An unexpected error occurred. Quote the request id if you report it."
        : type.title() + ".");
    problem.setStatus(status.value());
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      problem.setInstance(URI.create(uri));
    }
    problems.prepare(request, problem);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
