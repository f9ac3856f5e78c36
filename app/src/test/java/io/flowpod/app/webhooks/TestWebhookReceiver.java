package io.flowpod.app.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tenant's own system in a test: a local HTTP server on 127.0.0.1 that records every POST by path
 * and answers the status codes scripted for that path (then 200). Each test uses its own path.
 */
public final class TestWebhookReceiver {

  /** One request as it arrived: the raw body and the headers FlowPod sets. */
  public record Received(String path, Map<String, List<String>> headers, String body, Instant at) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

  private TestWebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static TestWebhookReceiver start() {
    try {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TestWebhookReceiver receiver = new TestWebhookReceiver(server);
      server.createContext("/", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        receiver.received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body,
            Instant.now()));
        Deque<Integer> script = receiver.scripts.get(path);
        Integer status = script == null ? null : script.pollFirst();
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
      });
      server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "test-webhook-receiver");
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** A URL on this receiver for the given path. */
  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** The next requests to {@code path} get these statuses, in order; afterwards 200. */
  void script(String path, Integer... statuses) {
    scripts.put(path, new ArrayDeque<>(List.of(statuses)));
  }

  public List<Received> at(String path) {
    List<Received> matching = new ArrayList<>();
    for (Received r : received) {
      if (r.path().equals(path)) {
        matching.add(r);
      }
    }
    return matching;
  }
}
