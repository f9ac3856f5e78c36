package io.flowpod.connectors.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP call to a provider from inside a route's processor, so a redelivery repeats the call
 * itself. A network failure is retryable; the caller reads the status and body.
 */
public final class ProviderHttp {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  public record Response(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  private ProviderHttp() {}

  public static Response post(String url, String contentType, String body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(20)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new RetryableSendException("provider not reachable (" + e.getClass().getSimpleName()
          + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetryableSendException("interrupted", e);
    }
  }

  /** Trailing slashes removed, so paths can be appended. */
  public static String base(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
