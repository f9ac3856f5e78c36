package io.flowpod.domain.policies;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused policy action: NOT_FOUND, INVALID (field errors name row and column) or CONFLICT. */
public class PolicyException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID, CONFLICT }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  PolicyException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  static PolicyException notFound(String what) {
    return new PolicyException(Reason.NOT_FOUND, what, Map.of());
  }

  static PolicyException invalid(Map<String, String> fieldErrors) {
    return new PolicyException(Reason.INVALID, "The decision table is not valid", fieldErrors);
  }

  static PolicyException conflict(String message) {
    return new PolicyException(Reason.CONFLICT, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
