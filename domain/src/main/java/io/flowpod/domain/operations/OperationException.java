package io.flowpod.domain.operations;

import java.util.Map;

/**
 * A refused operator action: NOT_FOUND (also another workspace's instance or incident),
 * INVALID_INPUT with field errors, CONFLICT (the engine refused, e.g. the instance already ended) or
 * UNAVAILABLE (this runtime cannot answer it yet).
 */
public class OperationException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID_INPUT, CONFLICT, UNAVAILABLE }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  public OperationException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static OperationException notFound(String what) {
    return new OperationException(Reason.NOT_FOUND, "No such " + what + " in this workspace",
        Map.of());
  }

  public static OperationException invalid(Map<String, String> fieldErrors) {
    return new OperationException(Reason.INVALID_INPUT, "The request has invalid fields.",
        fieldErrors);
  }

  public static OperationException conflict(String message) {
    return new OperationException(Reason.CONFLICT, message, Map.of());
  }

  public static OperationException unavailable(String message) {
    return new OperationException(Reason.UNAVAILABLE, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message; empty unless INVALID_INPUT. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
