package io.flowpod.api.problem;

import java.io.IOException;

/**
 * Thrown while reading a request body that grows past the configured limit. An {@link IOException}
 * so it travels unchanged through JSON parsers; the controller advice answers 413.
 */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limitBytes) {
    super("Request body exceeds " + limitBytes + " bytes");
  }
}
