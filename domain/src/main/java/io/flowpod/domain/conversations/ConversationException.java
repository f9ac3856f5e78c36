package io.flowpod.domain.conversations;

import java.util.Map;

/**
 * A refused conversation action: NOT_FOUND (also another workspace's id), INVALID_INPUT (field
 * errors), CHANNEL_RULE (the channel forbids the reply now, e.g. outside WhatsApp's 24-hour window),
 * MALFORMED (a verified webhook whose payload cannot be read), or UNAVAILABLE (no channel sender, or
 * the provider did not take the reply).
 */
public class ConversationException extends RuntimeException {

  public enum Reason { NOT_FOUND, INVALID_INPUT, CHANNEL_RULE, MALFORMED, UNAVAILABLE }

  private final Reason reason;
  private final Map<String, String> fieldErrors;

  ConversationException(Reason reason, String message, Map<String, String> fieldErrors) {
    super(message);
    this.reason = reason;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  static ConversationException notFound(String what) {
    return new ConversationException(Reason.NOT_FOUND, "No such " + what, Map.of());
  }

  static ConversationException invalid(String field, String message) {
    return new ConversationException(Reason.INVALID_INPUT, "The request is not valid",
        Map.of(field, message));
  }

  static ConversationException channelRule(String message) {
    return new ConversationException(Reason.CHANNEL_RULE, message, Map.of());
  }

  static ConversationException malformed(String message) {
    return new ConversationException(Reason.MALFORMED, message, Map.of());
  }

  static ConversationException unavailable(String message) {
    return new ConversationException(Reason.UNAVAILABLE, message, Map.of());
  }

  public Reason reason() {
    return reason;
  }

  /** Field name to message; empty unless INVALID_INPUT. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
