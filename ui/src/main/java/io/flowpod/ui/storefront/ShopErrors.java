package io.flowpod.ui.storefront;

import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Storefront errors as pages, not API problem documents: a friendly 404 for anything that does not
 * exist (or is not for this visitor), 400 for a request no page of ours would send, and 500 with an
 * apology (the cause goes to the log, never to the page) for anything else.
 */
@ControllerAdvice(basePackageClasses = ShopErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShopErrors {

  private static final Logger log = LoggerFactory.getLogger(ShopErrors.class);

  @ExceptionHandler({ShopNotFoundException.class, TenantNotFoundException.class,
      TenantSuspendedException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "shop/not-found";
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String badRequest() {
    return "shop/not-found";
  }

  @ExceptionHandler(Exception.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  String failed(Exception e) {
    log.error("Storefront request failed", e);
    return "shop/error";
  }
}
