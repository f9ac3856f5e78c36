package io.flowpod.api.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request parameters the web layer itself refuses (paging, missing fields); answered as 400 with errors. */
public class InvalidRequestException extends RuntimeException {

  private final Map<String, String> violations;

  public InvalidRequestException(Map<String, String> violations) {
    super("Invalid request: " + violations.keySet());
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  public Map<String, String> violations() {
    return violations;
  }
}
