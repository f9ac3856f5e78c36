package io.flowpod.connectors.channels;

/**
 * A provider's non-2xx answer, raised by {@link ProviderHttpClient} in place of the response for a
 * component that cannot report one safely. Carries the status and body, never the request URI.
 */
public class ProviderAnswerException extends RuntimeException {

  private final int status;
  private final String body;

  public ProviderAnswerException(int status, String body) {
    super("provider answered HTTP " + status);
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }
}
