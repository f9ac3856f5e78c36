package io.flowpod.domain.operations;

import java.util.regex.Pattern;

/**
 * An incident's error message as an operator reads it. The Java client fails a job with the
 * worker's whole stack trace; FlowPod's workers word the exception's message for operators
 * ("Order 1042: …; what to do"), so that message is kept and the class name and frames are dropped.
 */
final class OperatorMessages {

  private static final Pattern EXCEPTION_PREFIX =
      Pattern.compile("^(?:[a-zA-Z_$][\\w$]*\\.)+[\\w$]+: ");
  private static final int MAX_LENGTH = 2000;

  private OperatorMessages() {}

  static String of(String errorMessage) {
    if (errorMessage == null) {
      return null;
    }
    String text = errorMessage.strip();
    int frames = text.indexOf("\n\tat ");
    if (frames < 0) {
      frames = text.indexOf("\n    at ");
    }
    if (frames >= 0) {
      text = text.substring(0, frames).strip();
    }
    text = EXCEPTION_PREFIX.matcher(text).replaceFirst("");
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
  }

  static IncidentView tidy(IncidentView incident) {
    return new IncidentView(incident.key(), incident.processInstanceKey(), incident.processId(),
        incident.elementId(), incident.errorType(), of(incident.errorMessage()), incident.jobKey(),
        incident.createdAt(), incident.businessObject());
  }

  static InstanceDetail tidy(InstanceDetail detail) {
    return new InstanceDetail(detail.summary(), detail.completedElementIds(),
        detail.takenFlowIds(), detail.timeline(), detail.variables(),
        detail.incidents().stream().map(OperatorMessages::tidy).toList());
  }
}
