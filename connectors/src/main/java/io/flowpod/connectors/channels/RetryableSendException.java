package io.flowpod.connectors.channels;

/**
 * A provider answer worth trying again (HTTP 429, 5xx, a network failure). The route's error handler
 * redelivers it with the shared backoff, or after the provider's own {@code retry_after}.
 */
public class RetryableSendException extends RuntimeException {

  public RetryableSendException(String message, Throwable cause) {
    super(message, cause);
  }
}
