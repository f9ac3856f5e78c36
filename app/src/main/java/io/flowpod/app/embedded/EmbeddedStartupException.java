package io.flowpod.app.embedded;

/** A part of the embedded runtime could not start; the message says what and what to do. */
public class EmbeddedStartupException extends RuntimeException {

  public EmbeddedStartupException(String message) {
    super(message);
  }

  public EmbeddedStartupException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The most useful one-line reason in a failure's cause chain. */
  public static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof EmbeddedStartupException) {
        return t.getMessage();
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
