package io.flowpod.connectors.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * WhatsApp Cloud API send: POST {@code {flowpod.whatsapp.api-url}/{version}/{phoneNumberId}/messages}
 * with the workspace's bearer token. Free-form text inside the 24-hour customer-service window, the
 * approved template outside it; when the provider answers error 131047 (re-engagement: the window is
 * closed) to free-form text, the same call sends the template instead. Rate limits (130429, 131056),
 * HTTP 429 and 5xx are retried with the shared backoff; other errors fail at once.
 */
@Component
class WhatsAppOutboundRoute extends RouteBuilder {

  static final String ROUTE_ID = "whatsapp-outbound";
  static final String ENDPOINT = "direct:whatsapp-outbound";
  static final String ACCOUNT_HEADER = "FlowPodWhatsAppAccount";
  static final int WINDOW_CLOSED = 131047;
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
    retry.applyTo(this);
    from(ENDPOINT).routeId(ROUTE_ID).process(this::send);
  }

  private void send(Exchange exchange) throws Exception {
    OutgoingMessage message = exchange.getIn().getBody(OutgoingMessage.class);
    WhatsAppAccount account = exchange.getIn().getHeader(ACCOUNT_HEADER, WhatsAppAccount.class);
    retry.usualBackoff(exchange);
    boolean asTemplate = !message.freeFormAllowed();
    if (asTemplate && message.template() == null) {
      throw new ChannelDeliveryException("WhatsApp: outside the 24-hour window and no approved "
          + "template for this message");
    }
    ProviderHttp.Response response = post(account, asTemplate ? template(message) : text(message));
    String note = asTemplate ? "template " + message.template().name() : "free-form text";
    if (!response.ok() && errorCode(response) == WINDOW_CLOSED && !asTemplate
        && message.template() != null) {
      response = post(account, template(message));
      note = "template " + message.template().name() + " (131047: outside the 24-hour window)";
    }
    if (!response.ok()) {
      fail(exchange, response);
    }
    JsonNode body = JSON.readTree(response.body());
    exchange.getMessage().setBody(new SendReceipt(body.path("messages").path(0).path("id")
        .asText(null), note));
  }

  private ProviderHttp.Response post(WhatsAppAccount account, ObjectNode payload) {
    return ProviderHttp.post(apiUrl + "/" + apiVersion + "/" + account.phoneNumberId() + "/messages",
        "application/json", payload.toString(),
        Map.of("Authorization", "Bearer " + account.accessToken()));
  }

  private void fail(Exchange exchange, ProviderHttp.Response response) {
    int code = errorCode(response);
    String what = "WhatsApp answered HTTP " + response.status()
        + (code == 0 ? "" : " error " + code) + messageOf(response);
    if (response.status() == 429 || response.status() >= 500 || code == 130429 || code == 131056
        || code == 80007) {
      throw new RetryableSendException(what, null);
    }
    throw new ChannelDeliveryException(what);
  }

  private static ObjectNode text(OutgoingMessage message) {
    ObjectNode payload = base(message);
    payload.put("type", "text");
    payload.putObject("text").put("preview_url", false).put("body", message.text());
    return payload;
  }

  private static ObjectNode template(OutgoingMessage message) {
    ObjectNode payload = base(message);
    payload.put("type", "template");
    ObjectNode template = payload.putObject("template").put("name", message.template().name());
    template.putObject("language").put("code", message.template().language());
    if (!message.template().parameters().isEmpty()) {
      ArrayNode parameters = template.putArray("components").addObject().put("type", "body")
          .putArray("parameters");
      message.template().parameters().forEach(p -> parameters.addObject().put("type", "text")
          .put("text", p));
    }
    return payload;
  }

  private static ObjectNode base(OutgoingMessage message) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("messaging_product", "whatsapp").put("recipient_type", "individual")
        .put("to", message.address());
    return payload;
  }

  static int errorCode(ProviderHttp.Response response) {
    try {
      return JSON.readTree(response.body()).path("error").path("code").asInt(0);
    } catch (Exception e) {
      return 0;
    }
  }

  private static String messageOf(ProviderHttp.Response response) {
    try {
      String text = JSON.readTree(response.body()).path("error").path("message").asText("");
      return text.isEmpty() ? "" : " (" + text + ")";
    } catch (Exception e) {
      return "";
    }
  }
}
