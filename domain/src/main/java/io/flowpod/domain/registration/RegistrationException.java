package io.flowpod.domain.registration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused registration step: INVALID (with field errors), LINK_INVALID (not a link of ours),
 * LINK_GONE (used or expired), TOO_MANY (the address's link limit), NOT_FOUND.
 */
public class RegistrationException extends RuntimeException {

  public enum Reason { INVALID, LINK_INVALID, LINK_GONE, TOO_MANY, NOT_FOUND }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  public RegistrationException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  static RegistrationException of(Reason reason, String message) {
    return new RegistrationException(reason, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message, in form order; never echoes the rejected value. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
