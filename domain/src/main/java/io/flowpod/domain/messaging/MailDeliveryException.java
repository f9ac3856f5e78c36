package io.flowpod.domain.messaging;

/** The mail server did not accept a message, even after retries. */
public class MailDeliveryException extends RuntimeException {

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
