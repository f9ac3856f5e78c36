package io.flowpod.connectors.channels;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The JDK HttpClient given to the camel-whatsapp and camel-telegram components as their {@code
 * client} option (so a workspace's endpoint does not start a client of its own), adapted to how
 * each 4.14 producer finishes an exchange. Every request gets a timeout, which neither sets.
 *
 * <ul>
 *   <li>{@link #forWhatsApp}: camel-whatsapp continues the exchange only in {@code thenAccept} of
 *       the response future, so a send without any HTTP answer would leave the exchange waiting for
 *       ever. Such a failure becomes a synthetic {@value #NOT_REACHABLE} answer naming the
 *       exception class, which the route retries like a 5xx. Real answers pass unchanged (the
 *       component reports their status and body itself).
 *   <li>{@link #forTelegram}: for a non-2xx answer camel-telegram calls the exchange's callback
 *       (as if it had succeeded, on the HTTP thread) before throwing the error from the producer
 *       on the caller's thread, so the route runs on without seeing the error. A non-2xx answer
 *       therefore fails the response future with a {@link ProviderAnswerException} (status and
 *       body, no URI: Telegram's holds the token), which the producer throws before touching
 *       the callback, like a network failure.
 * </ul>
 */
public final class ProviderHttpClient extends HttpClient {

  /** Status of the synthetic answer for "no HTTP answer at all" (not used by either provider). */
  public static final int NOT_REACHABLE = 599;

  private final HttpClient delegate;
  private final Duration requestTimeout;
  private final boolean whatsApp;

  private ProviderHttpClient(HttpClient delegate, Duration requestTimeout, boolean whatsApp) {
    this.delegate = delegate;
    this.requestTimeout = requestTimeout;
    this.whatsApp = whatsApp;
  }

  public static ProviderHttpClient forWhatsApp() {
    return new ProviderHttpClient(base(), Duration.ofSeconds(20), true);
  }

  public static ProviderHttpClient forTelegram() {
    return new ProviderHttpClient(base(), Duration.ofSeconds(20), false);
  }

  private static HttpClient base() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  private HttpRequest timed(HttpRequest request) {
    return request.timeout().isPresent() ? request
        : HttpRequest.newBuilder(request, (name, value) -> true).timeout(requestTimeout).build();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return delegate.send(timed(request), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    CompletableFuture<HttpResponse<T>> sent = delegate.sendAsync(timed(request), handler);
    if (whatsApp) {
      return sent.handle((response, failure) -> failure == null ? response
          : notReachable(request, failure, handler));
    }
    return sent.thenApply(ProviderHttpClient::successOnly);
  }

  private static <T> HttpResponse<T> successOnly(HttpResponse<T> response) {
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response;
    }
    throw new ProviderAnswerException(response.statusCode(), text(response.body()));
  }

  private static String text(Object body) {
    try {
      return switch (body) {
        case InputStream in -> {
          try (in) {
            yield new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
        case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
        case null -> "";
        default -> body.toString();
      };
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
      HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  /** A 599 answer whose body is the failure's class name (no URI: Telegram's holds the token). */
  private static <T> HttpResponse<T> notReachable(HttpRequest request, Throwable failure,
      HttpResponse.BodyHandler<T> handler) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    HttpHeaders headers = HttpHeaders.of(Map.of(), (name, value) -> true);
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
      public int statusCode() {
        return NOT_REACHABLE;
      }

      public HttpHeaders headers() {
        return headers;
      }

      public Version version() {
        return Version.HTTP_1_1;
      }
    });
    HttpRequest.BodyPublishers.ofString(root.getClass().getSimpleName()).subscribe(
        new FlowAdapter(subscriber));
    T body = subscriber.getBody().toCompletableFuture().join();
    return new HttpResponse<>() {
      public int statusCode() {
        return NOT_REACHABLE;
      }

      public HttpRequest request() {
        return request;
      }

      public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
      }

      public HttpHeaders headers() {
        return headers;
      }

      public T body() {
        return body;
      }

      public Optional<SSLSession> sslSession() {
        return Optional.empty();
      }

      public URI uri() {
        return request.uri();
      }

      public Version version() {
        return Version.HTTP_1_1;
      }
    };
  }

  /** Hands a publisher's ByteBuffers to a body subscriber (which wants lists of them). */
  private record FlowAdapter(HttpResponse.BodySubscriber<?> target)
      implements Flow.Subscriber<ByteBuffer> {
    public void onSubscribe(Flow.Subscription subscription) {
      target.onSubscribe(subscription);
    }

    public void onNext(ByteBuffer item) {
      target.onNext(List.of(item));
    }

    public void onError(Throwable throwable) {
      target.onError(throwable);
    }

    public void onComplete() {
      target.onComplete();
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
