package io.flowpod.connectors.channels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The plumbing the provider fakes share: a loopback HTTP server on a free port, every request
 * recorded (path, headers that matter, body, time), answers written by the fake. Shared with the app
 * module's tests through the test-jar.
 */
public abstract class FakeProviderServer implements AutoCloseable {

  /** One request as the provider saw it; {@code nanos} from the monotonic clock, for gaps. */
  public record Request(String path, String authorization, String body, Instant at, long nanos) {

    public java.time.Duration since(Request earlier) {
      return java.time.Duration.ofNanos(nanos - earlier.nanos);
    }
  }

  /** What the fake answers. */
  public record Reply(int status, String json) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  protected FakeProviderServer(String name) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", this::handle);
      server.setExecutor(Executors.newFixedThreadPool(4, task -> {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
      }));
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public void clear() {
    requests.clear();
    reset();
  }

  /** Back to answering every request with success. */
  protected abstract void reset();

  protected abstract Reply answer(Request request);

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"), body, Instant.now(),
          System.nanoTime());
      requests.add(request);
      Reply reply = answer(request);
      byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
