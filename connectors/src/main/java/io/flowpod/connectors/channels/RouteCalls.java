package io.flowpod.connectors.channels;

import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Sends one exchange into a channel route and turns its outcome into a receipt or a delivery failure. */
public final class RouteCalls {

  private RouteCalls() {}

  public static SendReceipt call(ProducerTemplate producer, String endpoint, String channelName,
      org.apache.camel.Processor request) {
    Exchange result = producer.send(endpoint, request);
    Exception failure = result.getException();
    if (failure instanceof ChannelDeliveryException refused) {
      throw refused;
    }
    if (failure != null) {
      throw new ChannelDeliveryException(channelName + " did not accept the message after retries: "
          + failure.getMessage(), failure);
    }
    return result.getMessage().getBody(SendReceipt.class);
  }
}
