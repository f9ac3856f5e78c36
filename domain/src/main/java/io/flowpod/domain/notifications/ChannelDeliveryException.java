package io.flowpod.domain.notifications;

/**
 * The provider did not take a message, after the channel's retries. The message is safe to show staff
 * and to write to logs: it names the provider's error, never the address or the text.
 */
public class ChannelDeliveryException extends RuntimeException {

  public ChannelDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public ChannelDeliveryException(String message) {
    super(message);
  }
}
