package io.flowpod.domain.tasks;

import java.util.Map;

/** A refused task action: NOT_FOUND, INVALID_INPUT (with field errors) or CONFLICT. */
public class StaffTaskException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID_INPUT, CONFLICT }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  public StaffTaskException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static StaffTaskException invalid(Map<String, String> fieldErrors) {
    return new StaffTaskException(Reason.INVALID_INPUT, "The task input is not valid", fieldErrors);
  }

  public static StaffTaskException conflict(String message) {
    return new StaffTaskException(Reason.CONFLICT, message, Map.of());
  }

  public static StaffTaskException notFound() {
    return new StaffTaskException(Reason.NOT_FOUND, "No such task", Map.of());
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message; empty unless INVALID_INPUT. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
