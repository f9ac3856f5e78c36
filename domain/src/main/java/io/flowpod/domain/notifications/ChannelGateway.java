package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;

/**
 * Sends one message on one channel through the provider, with the channel's own retries and backoff
 * (implemented by the connectors module; one bean per channel). Reads the current workspace's channel
 * settings itself.
 */
public interface ChannelGateway {

  Channel channel();

  /**
   * Delivers the message or throws {@link ChannelDeliveryException} once the provider refused it or
   * retries ran out.
   */
  SendReceipt send(OutgoingMessage message);
}
