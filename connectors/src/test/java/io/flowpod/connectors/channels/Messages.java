package io.flowpod.connectors.channels;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.OutgoingMessage;
import java.util.List;
import java.util.UUID;

/** Outgoing messages for route tests. */
public final class Messages {

  private Messages() {}

  public static OutgoingMessage to(Channel channel, String address, boolean freeFormAllowed) {
    return new OutgoingMessage(UUID.randomUUID(), UUID.randomUUID(), channel, address,
        "Order 1042 is confirmed", "Hello Ada, order 1042 is confirmed.", "<p>Hello Ada</p>",
        freeFormAllowed, new OutgoingMessage.ApprovedTemplate("flowpod_update", "en",
            List.of("Order 1042 is confirmed")));
  }

  /** Fast shared retries for tests: 3 redeliveries, 20 ms doubling. */
  public static ChannelRetry fastRetry() {
    return new ChannelRetry(3, 20, 1000, 5000);
  }

  /** A local URL where nothing listens: the port was just free. */
  public static String unreachableUrl() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
