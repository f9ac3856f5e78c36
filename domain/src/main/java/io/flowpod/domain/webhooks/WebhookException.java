package io.flowpod.domain.webhooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused webhook action: NOT_FOUND, INVALID (field errors) or CONFLICT. */
public class WebhookException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID, CONFLICT }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  WebhookException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
  }

  static WebhookException notFound(String what) {
    return new WebhookException(Reason.NOT_FOUND, what + " not found", Map.of());
  }

  static WebhookException invalid(Map<String, String> fieldErrors) {
    return new WebhookException(Reason.INVALID, "The webhook endpoint is not valid", fieldErrors);
  }

  static WebhookException conflict(String message) {
    return new WebhookException(Reason.CONFLICT, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
