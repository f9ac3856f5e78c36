package io.flowpod.app.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free-port picking and "is this port taken?" on the loopback interface. */
final class LoopbackPorts {

  private LoopbackPorts() {}

  /** The given port if it is free, a free one for 0; fails with a clear reason when taken. */
  static int claim(int port, String what, String property) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getByName(EmbeddedSettings.HOST), port));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new EmbeddedStartupException(
          "%s port %s:%d is already in use (is another FlowPod running?); stop it or set %s to a free port"
              .formatted(what, EmbeddedSettings.HOST, port, property));
    }
  }
}
