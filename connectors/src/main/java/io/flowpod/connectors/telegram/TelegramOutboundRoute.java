package io.flowpod.connectors.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.connectors.channels.ChannelRetry;
import io.flowpod.connectors.channels.ProviderHttp;
import io.flowpod.connectors.channels.RetryableSendException;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Telegram Bot API sendMessage: POST {@code {flowpod.telegram.api-url}/bot<token>/sendMessage}, within
 * the per-chat and global rate limits. HTTP 429 is redelivered after the {@code
 * parameters.retry_after} seconds Telegram asked for; 5xx with the shared backoff; other errors (403:
 * the user blocked the bot, 400: unknown chat) fail at once. The token never appears in logs.
 */
@Component
class TelegramOutboundRoute extends RouteBuilder {

  static final String ROUTE_ID = "telegram-outbound";
  static final String ENDPOINT = "direct:telegram-outbound";
  static final String TOKEN_HEADER = "FlowPodTelegramBotToken";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChannelRetry retry;
  private final TelegramRateLimiter limiter;
  private final String apiUrl;

  TelegramOutboundRoute(ChannelRetry retry, TelegramRateLimiter limiter,
      @Value("${flowpod.telegram.api-url:https://api.telegram.org}") String apiUrl) {
    this.retry = retry;
    this.limiter = limiter;
    this.apiUrl = ProviderHttp.base(apiUrl);
  }

  @Override
  public void configure() {
    retry.applyTo(this);
    from(ENDPOINT).routeId(ROUTE_ID).process(this::send);
  }

  private void send(Exchange exchange) throws Exception {
    OutgoingMessage message = exchange.getIn().getBody(OutgoingMessage.class);
    String token = exchange.getIn().getHeader(TOKEN_HEADER, String.class);
    retry.usualBackoff(exchange);
    limiter.acquire(Integer.toHexString(token.hashCode()), message.address());
    String payload = JSON.createObjectNode().put("chat_id", message.address())
        .put("text", message.text()).toString();
    ProviderHttp.Response response = ProviderHttp.post(apiUrl + "/bot" + token + "/sendMessage",
        "application/json", payload, Map.of());
    JsonNode body = parse(response.body());
    if (response.ok() && body.path("ok").asBoolean(false)) {
      exchange.getMessage().setBody(new SendReceipt(
          body.path("result").path("message_id").asText(null), "sendMessage"));
      return;
    }
    String what = "Telegram answered HTTP " + response.status() + " "
        + body.path("description").asText("");
    if (response.status() == 429) {
      retry.retryAfter(exchange, body.path("parameters").path("retry_after").asLong(1));
      throw new RetryableSendException(what.strip(), null);
    }
    if (response.status() >= 500) {
      throw new RetryableSendException(what.strip(), null);
    }
    throw new ChannelDeliveryException(what.strip());
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
