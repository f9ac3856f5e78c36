package io.flowpod.connectors.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outbound mail: from {@value #ENDPOINT} to the SMTP server at {@code flowpod.mail.host:port}, with
 * {@code flowpod.mail.max-redeliveries} retries and exponential backoff. Exhausted failures go back to
 * the caller (whose outbox entry then stays open for a later retry). Logs name exchanges, never
 * recipients or bodies.
 */
@Component
class OutboundMailRoute extends RouteBuilder {

  static final String ROUTE_ID = "mail-outbound";
  static final String ENDPOINT = "direct:mail-outbound";
  static final String TENANT_HEADER = "X-FlowPod-Tenant";
  /** Exchange property (never a header: headers become mail headers) with a workspace's SMTP URI. */
  static final String WORKSPACE_SMTP_PROPERTY = "flowpodWorkspaceSmtp";

  private final String from;
  private final String username;
  private final String password;
  private final int maxRedeliveries;
  private final long redeliveryDelayMillis;

  OutboundMailRoute(@Value("${flowpod.mail.from}") String from,
      @Value("${flowpod.mail.username:}") String username,
      @Value("${flowpod.mail.password:}") String password,
      @Value("${flowpod.mail.max-redeliveries:3}") int maxRedeliveries,
      @Value("${flowpod.mail.redelivery-delay-millis:500}") long redeliveryDelayMillis) {
    this.from = from;
    this.username = username;
    this.password = password;
    this.maxRedeliveries = maxRedeliveries;
    this.redeliveryDelayMillis = redeliveryDelayMillis;
  }

  @Override
  public void configure() {
    from(ENDPOINT).routeId(ROUTE_ID)
        .errorHandler(defaultErrorHandler()
            .maximumRedeliveries(maxRedeliveries)
            .redeliveryDelay(redeliveryDelayMillis)
            .useExponentialBackOff()
            .backOffMultiplier(2)
            .retryAttemptedLogLevel(LoggingLevel.WARN)
            .logExhaustedMessageHistory(false)
            .logExhaustedMessageBody(false)
            .logStackTrace(false))
        .choice()
          .when(exchangeProperty(WORKSPACE_SMTP_PROPERTY).isNotNull())
            .toD("${exchangeProperty." + WORKSPACE_SMTP_PROPERTY + "}")
          .otherwise()
            .to(smtpUri())
        .end();
  }

  String smtpUri() {
    return uri("{{flowpod.mail.host}}", "{{flowpod.mail.port}}", from, username, password);
  }

  /** A workspace's own SMTP server (e-mail channel settings). */
  static String uri(String host, String port, String from, String username, String password) {
    StringBuilder uri = new StringBuilder("smtp://").append(host).append(':').append(port)
        .append("?connectionTimeout=10000")
        .append("&from=").append(URLEncoder.encode(from, StandardCharsets.UTF_8));
    if (username != null && !username.isBlank()) {
      uri.append("&username=RAW(").append(username).append(")")
          .append("&password=RAW(").append(password == null ? "" : password).append(")");
    }
    return uri.toString();
  }
}
