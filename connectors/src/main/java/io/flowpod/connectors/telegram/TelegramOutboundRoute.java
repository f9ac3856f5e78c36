package io.flowpod.connectors.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.connectors.channels.ChannelRetry;
import io.flowpod.connectors.channels.ComponentFailure;
import io.flowpod.connectors.channels.ProviderHttp;
import io.flowpod.connectors.channels.ProviderHttpClient;
import io.flowpod.connectors.channels.RetryableSendException;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.telegram.TelegramComponent;
import org.apache.camel.component.telegram.model.MessageResult;
import org.apache.camel.component.telegram.model.OutgoingTextMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Telegram Bot API sendMessage through the camel-telegram producer ({@code telegram:bots}, the
 * workspace's bot token as its {@code authorizationToken}, {@code flowpod.telegram.api-url} as
 * {@code baseUri}), within the per-chat and global rate limits. HTTP 429 is redelivered after the
 * {@code parameters.retry_after} seconds Telegram asked for; 5xx and network failures with the
 * shared backoff; other errors (403: the user blocked the bot, 400: unknown chat) fail at once.
 *
 * <p>Two routes: {@value #ENDPOINT} builds the request and the receipt; {@value #SEND} is one
 * attempt (wait for the rate-limit slot, the producer, its failure translated into ours), which the
 * first route's error handler redelivers. The token never appears in logs: it travels in an exchange
 * property (the producer logs headers at DEBUG), Camel masks {@code authorizationToken} in endpoint
 * URIs, and the component's error message, whose URI holds the token, is never passed on.
 */
@Component
class TelegramOutboundRoute extends RouteBuilder {

  static final String ROUTE_ID = "telegram-outbound";
  static final String ENDPOINT = "direct:telegram-outbound";
  static final String SEND = "direct:telegram-send";
  static final String TOKEN_PROPERTY = "FlowPodTelegramBotToken";
  /** Producers kept for this many workspace bots; the rest are created again when needed. */
  static final int ENDPOINT_CACHE = 100;
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
    getCamelContext().getComponent("telegram", TelegramComponent.class)
        .setClient(ProviderHttpClient.forTelegram());
    retry.applyTo(this);
    from(ENDPOINT).routeId(ROUTE_ID)
        .process(this::request)
        .to(SEND)
        .process(this::receipt);
    from(SEND).routeId(ROUTE_ID + "-send").errorHandler(noErrorHandler())
        .process(this::awaitSlot)
        .doTry()
            .toD("telegram:bots?authorizationToken=RAW(${exchangeProperty." + TOKEN_PROPERTY + "})"
                + "&baseUri=RAW(" + apiUrl + ")", ENDPOINT_CACHE)
        .doCatch(Exception.class)
            .process(this::providerFailure)
        .end();
  }

  private void request(Exchange exchange) {
    OutgoingMessage message = exchange.getIn().getBody(OutgoingMessage.class);
    OutgoingTextMessage text = new OutgoingTextMessage();
    text.setChatId(message.address());
    text.setText(message.text());
    exchange.getIn().setBody(text);
  }

  /** Every attempt, redeliveries too, waits for its slot. */
  private void awaitSlot(Exchange exchange) throws InterruptedException {
    retry.usualBackoff(exchange);
    String token = exchange.getProperty(TOKEN_PROPERTY, String.class);
    limiter.acquire(Integer.toHexString(token.hashCode()),
        exchange.getIn().getBody(OutgoingTextMessage.class).getChatId());
  }

  private void providerFailure(Exchange exchange) {
    ComponentFailure failure = ComponentFailure.of(
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    JsonNode body = parse(failure.body());
    String what = (failure.describe("Telegram") + " "
        + body.path("description").asText("")).strip();
    if (failure.status() == 429) {
      retry.retryAfter(exchange, body.path("parameters").path("retry_after").asLong(1));
      throw new RetryableSendException(what, null);
    }
    if (!failure.answered() || failure.status() >= 500) {
      throw new RetryableSendException(what, null);
    }
    throw new ChannelDeliveryException(what);
  }

  private void receipt(Exchange exchange) {
    MessageResult result = exchange.getIn().getBody(MessageResult.class);
    if (result == null || !result.isOk() || result.getMessage() == null) {
      throw new ChannelDeliveryException("Telegram answered without the sent message");
    }
    exchange.getMessage().setBody(new SendReceipt(
        String.valueOf(result.getMessage().getMessageId()), "sendMessage"));
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
