package io.flowpod.domain.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Channel settings that cannot be saved: one message per field. Nothing was written. */
public class ChannelSetupException extends RuntimeException {

  private final Map<String, String> violations;

  public ChannelSetupException(Map<String, String> violations) {
    super("The channel settings have invalid fields: " + violations.keySet());
    this.violations = Collections.unmodifiableMap(new LinkedHashMap<>(violations));
  }

  public Map<String, String> violations() {
    return violations;
  }
}
