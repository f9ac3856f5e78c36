package io.flowpod.ui.customer;

import io.flowpod.domain.registration.RegistrationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Customer page errors as pages in the visitor's language (Accept-Language; the link's own language
 * is unknown when the link is bad): 410 for a used or expired link, 400 for a link that is not ours,
 * 404 for an unknown workspace; the cause goes to the log, never to the page.
 */
@ControllerAdvice(basePackageClasses = CustomerPageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerPageErrors {

  private static final Logger log = LoggerFactory.getLogger(CustomerPageErrors.class);

  @ExceptionHandler(RegistrationException.class)
  String link(RegistrationException e, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    boolean gone = e.reason() == RegistrationException.Reason.LINK_GONE;
    response.setStatus(gone ? HttpStatus.GONE.value()
        : e.reason() == RegistrationException.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND.value()
        : HttpStatus.BAD_REQUEST.value());
    log.info("Customer page refused a link: {}", e.reason());
    return problem(model, request, gone ? "gone" : "invalid");
  }

  @ExceptionHandler(CustomerWorkspaces.PageNotFoundException.class)
  String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    return problem(model, request, "invalid");
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class})
  String badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return problem(model, request, "invalid");
  }

  static String problem(Model model, HttpServletRequest request, String kind) {
    PageTexts t = PageTexts.of(request.getLocale() == null ? "en" : request.getLocale().getLanguage());
    model.addAttribute("t", t);
    model.addAttribute("kind", kind);
    return "customer/link-problem";
  }
}
