package io.flowpod.domain.ordering;

import java.util.Map;

/** A refused order action: NOT_FOUND, INVALID (with field errors) or CONFLICT (wrong status). */
public class OrderException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID, CONFLICT }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  public OrderException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static OrderException notFound() {
    return new OrderException(Reason.NOT_FOUND, "No such order", Map.of());
  }

  public static OrderException invalid(Map<String, String> fieldErrors) {
    return new OrderException(Reason.INVALID, "The order is not valid", fieldErrors);
  }

  public static OrderException conflict(String message) {
    return new OrderException(Reason.CONFLICT, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
