package io.flowpod.domain.privacy;

import java.util.Map;

/** A refused request action: NOT_FOUND, INVALID (with field errors) or CONFLICT. */
public class DataRequestException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID, CONFLICT }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  DataRequestException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  static DataRequestException notFound() {
    return new DataRequestException(Reason.NOT_FOUND, "No such data request", Map.of());
  }

  static DataRequestException customerNotFound() {
    return new DataRequestException(Reason.NOT_FOUND, "No such customer", Map.of());
  }

  static DataRequestException conflict(String message) {
    return new DataRequestException(Reason.CONFLICT, message, Map.of());
  }

  static DataRequestException invalid(Map<String, String> fieldErrors) {
    return new DataRequestException(Reason.INVALID, "The request has invalid fields", fieldErrors);
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
