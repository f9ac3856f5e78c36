package io.flowpod.app.support;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP clients that each connect from their own loopback address (127.x.y.z), so per-address rate
 * limits exercised by one test never throttle another test that runs from 127.0.0.1.
 */
public final class LoopbackClients {

  private LoopbackClients() {}

  public static HttpClient fresh() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] address = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(0, 256),
        (byte) random.nextInt(1, 255)};
    try {
      return HttpClient.newBuilder()
          .localAddress(InetAddress.getByAddress(address))
          .connectTimeout(Duration.ofSeconds(5))
          .build();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30));
  }
}
