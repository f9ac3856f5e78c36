package io.flowpod.connectors.webhooks;

import io.flowpod.domain.webhooks.WebhookAddressPolicy;
import io.flowpod.domain.webhooks.WebhookSender;
import java.io.IOException;
import java.io.InputStream;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tenant webhooks over HTTP (Apache HttpClient 5): one signed POST per attempt, with
 * {@code X-FlowPod-Event}, {@code X-FlowPod-Delivery} (stable across retries) and
 * {@code X-FlowPod-Signature}. No redirect is followed (a 3xx is a failed attempt), no automatic retry
 * (the scheduler retries with backoff), no proxy, no cookies; connect and response timeouts from
 * {@code flowpod.webhooks.*}. The host is resolved by {@link GuardedDnsResolver}, so the SSRF rule
 * holds at every connection. At most 1 KiB of a response is read.
 */
@Component
class HttpWebhookSender implements WebhookSender, DisposableBean {

  static final String EVENT_HEADER = "X-FlowPod-Event";
  static final String DELIVERY_HEADER = "X-FlowPod-Delivery";
  private static final int MAX_RESPONSE_READ = 1024;

  private final WebhookAddressPolicy policy;
  private final CloseableHttpClient client;
  private final Clock clock;

  HttpWebhookSender(WebhookAddressPolicy policy, Clock clock,
      @Value("${flowpod.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
      @Value("${flowpod.webhooks.response-timeout:PT10S}") Duration responseTimeout) {
    this.policy = policy;
    this.clock = clock;
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new GuardedDnsResolver(policy))
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout))
                .build())
            .setMaxConnTotal(50)
            .setMaxConnPerRoute(5)
            .build())
        .setDefaultRequestConfig(RequestConfig.custom()
            .setResponseTimeout(Timeout.of(responseTimeout))
            .setConnectionRequestTimeout(Timeout.of(connectTimeout))
            .setRedirectsEnabled(false)
            .build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent("FlowPod-Webhooks/1")
        .build();
  }

  @Override
  public Outcome send(Request request) {
    long started = System.nanoTime();
    Optional<String> refused = policy.problem(request.url());
    if (refused.isPresent()) {
      return new Outcome(null, "refused: the URL " + refused.get(), elapsed(started));
    }
    HttpPost post = new HttpPost(request.url());
    post.setHeader(EVENT_HEADER, request.eventType());
    post.setHeader(DELIVERY_HEADER, request.deliveryId().toString());
    post.setHeader(WebhookSignature.HEADER, WebhookSignature.header(request.secret(),
        clock.instant().getEpochSecond(), request.body()));
    post.setEntity(new StringEntity(request.body(), ContentType.APPLICATION_JSON));
    try {
      int status = client.execute(post, response -> {
        drain(response.getEntity());
        return response.getCode();
      });
      return new Outcome(status, status >= 300 && status < 400
          ? "redirect not followed" : null, elapsed(started));
    } catch (WebhookAddressPolicy.RefusedAddressException e) {
      return new Outcome(null, "refused: the URL " + e.getMessage(), elapsed(started));
    } catch (UnknownHostException e) {
      return new Outcome(null, "the host does not resolve", elapsed(started));
    } catch (IOException e) {
      return new Outcome(null, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), elapsed(started));
    }
  }

  private static void drain(HttpEntity entity) throws IOException {
    if (entity == null) {
      return;
    }
    try (InputStream in = entity.getContent()) {
      in.readNBytes(MAX_RESPONSE_READ);
    }
  }

  private static long elapsed(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  @Override
  public void destroy() throws IOException {
    client.close();
  }
}
