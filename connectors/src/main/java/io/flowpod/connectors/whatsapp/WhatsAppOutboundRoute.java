package io.flowpod.connectors.whatsapp;

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
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.whatsapp.WhatsAppComponent;
import org.apache.camel.component.whatsapp.model.BaseMessage;
import org.apache.camel.component.whatsapp.model.Component;
import org.apache.camel.component.whatsapp.model.Language;
import org.apache.camel.component.whatsapp.model.MessageResponse;
import org.apache.camel.component.whatsapp.model.Parameter;
import org.apache.camel.component.whatsapp.model.TemplateMessage;
import org.apache.camel.component.whatsapp.model.TemplateMessageRequest;
import org.apache.camel.component.whatsapp.model.TextMessage;
import org.apache.camel.component.whatsapp.model.TextMessageRequest;
import org.springframework.beans.factory.annotation.Value;

/**
 * WhatsApp Cloud API send through the camel-whatsapp producer ({@code whatsapp:<phoneNumberId>}, the
 * workspace's token as its {@code authorizationToken}, {@code flowpod.whatsapp.api-url} as {@code
 * baseUri}). Free-form text inside the 24-hour customer-service window, the approved template
 * outside it; when the provider answers error 131047 (re-engagement: the window is closed) to
 * free-form text, the template is sent instead. Rate limits (130429, 131056, 80007), HTTP 429, 5xx
 * and network failures are retried with the shared backoff; other errors fail at once.
 *
 * <p>Two routes: {@value #ENDPOINT} chooses the request and makes the receipt; {@value #SEND} is
 * one attempt (the producer, and its failure translated into ours), which the first route's error
 * handler redelivers. The token travels in an exchange property, not a header: the producer logs
 * the headers at DEBUG, and Camel masks {@code authorizationToken} in endpoint URIs.
 */
@org.springframework.stereotype.Component
class WhatsAppOutboundRoute extends RouteBuilder {

  static final String ROUTE_ID = "whatsapp-outbound";
  static final String ENDPOINT = "direct:whatsapp-outbound";
  static final String SEND = "direct:whatsapp-send";
  static final String ACCOUNT_PROPERTY = "FlowPodWhatsAppAccount";
  static final int WINDOW_CLOSED = 131047;
  /** Producers kept for this many workspace numbers; the rest are created again when needed. */
  static final int ENDPOINT_CACHE = 100;
  private static final String PHONE_NUMBER_ID = "FlowPodWhatsAppPhoneNumberId";
  private static final String TOKEN = "FlowPodWhatsAppToken";
  private static final String MESSAGE = "FlowPodWhatsAppMessage";
  private static final String NOTE = "FlowPodWhatsAppNote";
  private static final String TEMPLATE_INSTEAD = "FlowPodWhatsAppTemplateInstead";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChannelRetry retry;
  private final String apiUrl;
  private final String apiVersion;

  WhatsAppOutboundRoute(ChannelRetry retry,
      @Value("${flowpod.whatsapp.api-url:https://graph.facebook.com}") String apiUrl,
      @Value("${flowpod.whatsapp.api-version:v21.0}") String apiVersion) {
    this.retry = retry;
    this.apiUrl = ProviderHttp.base(apiUrl);
    this.apiVersion = apiVersion;
  }

  @Override
  public void configure() {
    getCamelContext().getComponent("whatsapp", WhatsAppComponent.class)
        .setClient(ProviderHttpClient.forWhatsApp());
    retry.applyTo(this);
    from(ENDPOINT).routeId(ROUTE_ID)
        .process(this::firstRequest)
        .to(SEND)
        .filter(exchangeProperty(TEMPLATE_INSTEAD))
            .process(this::templateInstead)
            .to(SEND)
        .end()
        .process(this::receipt);
    from(SEND).routeId(ROUTE_ID + "-send").errorHandler(noErrorHandler())
        .doTry()
            .toD("whatsapp:${exchangeProperty." + PHONE_NUMBER_ID + "}"
                + "?authorizationToken=RAW(${exchangeProperty." + TOKEN + "})"
                + "&baseUri=RAW(" + apiUrl + ")&apiVersion=" + apiVersion, ENDPOINT_CACHE)
        .doCatch(Exception.class)
            .process(this::providerFailure)
        .end();
  }

  private void firstRequest(Exchange exchange) {
    OutgoingMessage message = exchange.getIn().getBody(OutgoingMessage.class);
    WhatsAppAccount account = exchange.getProperty(ACCOUNT_PROPERTY, WhatsAppAccount.class);
    exchange.removeProperty(ACCOUNT_PROPERTY);
    exchange.setProperty(PHONE_NUMBER_ID, account.phoneNumberId());
    exchange.setProperty(TOKEN, account.accessToken());
    exchange.setProperty(MESSAGE, message);
    if (message.freeFormAllowed()) {
      exchange.getIn().setBody(text(message));
      exchange.setProperty(NOTE, "free-form text");
      return;
    }
    if (message.template() == null) {
      throw new ChannelDeliveryException("WhatsApp: outside the 24-hour window and no approved "
          + "template for this message");
    }
    exchange.getIn().setBody(template(message));
    exchange.setProperty(NOTE, "template " + message.template().name());
  }

  private void templateInstead(Exchange exchange) {
    OutgoingMessage message = exchange.getProperty(MESSAGE, OutgoingMessage.class);
    exchange.removeProperty(TEMPLATE_INSTEAD);
    exchange.getIn().setBody(template(message));
    exchange.setProperty(NOTE, "template " + message.template().name()
        + " (131047: outside the 24-hour window)");
  }

  private void providerFailure(Exchange exchange) {
    ComponentFailure failure = ComponentFailure.of(
        exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    JsonNode error = parse(failure.body()).path("error");
    int code = error.path("code").asInt(0);
    OutgoingMessage message = exchange.getProperty(MESSAGE, OutgoingMessage.class);
    if (code == WINDOW_CLOSED && exchange.getIn().getBody() instanceof TextMessageRequest
        && message.template() != null) {
      exchange.setProperty(TEMPLATE_INSTEAD, true);
      return;
    }
    String text = error.path("message").asText("");
    String what = failure.describe("WhatsApp") + (code == 0 ? "" : " error " + code)
        + (text.isEmpty() ? "" : " (" + text + ")");
    int status = failure.status();
    if (!failure.answered() || status == 429 || status >= 500 || code == 130429 || code == 131056
        || code == 80007) {
      throw new RetryableSendException(what, null);
    }
    throw new ChannelDeliveryException(what);
  }

  private void receipt(Exchange exchange) {
    MessageResponse response = exchange.getIn().getBody(MessageResponse.class);
    String id = response == null || response.getMessages() == null
        || response.getMessages().isEmpty() ? null : response.getMessages().get(0).getId();
    exchange.getMessage().setBody(new SendReceipt(id, exchange.getProperty(NOTE, String.class)));
  }

  private static TextMessageRequest text(OutgoingMessage message) {
    TextMessage text = new TextMessage();
    text.setPreviewUrl(false);
    text.setBody(message.text());
    TextMessageRequest request = addressed(new TextMessageRequest(), message, "text");
    request.setText(text);
    return request;
  }

  private static TemplateMessageRequest template(OutgoingMessage message) {
    TemplateMessage template = new TemplateMessage();
    template.setName(message.template().name());
    Language language = new Language();
    language.setCode(message.template().language());
    template.setLanguage(language);
    if (!message.template().parameters().isEmpty()) {
      Component body = new Component();
      body.setType("body");
      body.setParameters(message.template().parameters().stream().map(value -> {
        Parameter parameter = new Parameter();
        parameter.setType("text");
        parameter.setText(value);
        return parameter;
      }).toList());
      template.setComponents(List.of(body));
    }
    TemplateMessageRequest request = addressed(new TemplateMessageRequest(), message, "template");
    request.setTemplate(template);
    return request;
  }

  private static <T extends BaseMessage> T addressed(T request, OutgoingMessage message,
      String type) {
    request.setMessagingProduct("whatsapp");
    request.setRecipientType("individual");
    request.setTo(message.address());
    request.setType(type);
    return request;
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
