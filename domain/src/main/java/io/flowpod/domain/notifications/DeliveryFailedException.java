package io.flowpod.domain.notifications;

/** No channel took a message; the text names the customer reference, template and business object. */
public class DeliveryFailedException extends IllegalStateException {

  public DeliveryFailedException(String message) {
    super(message);
  }
}
