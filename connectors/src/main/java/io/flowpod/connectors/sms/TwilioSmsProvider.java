package io.flowpod.connectors.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.connectors.channels.ProviderHttp;
import io.flowpod.connectors.channels.RetryableSendException;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.SendReceipt;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Twilio's Messages API: POST {@code {flowpod.sms.api-url}/2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded {@code To}, {@code From} (or {@code MessagingServiceSid} for an {@code MG...} sender),
 * {@code Body}, HTTP basic auth with the account id and auth token. 429 and 5xx are retried.
 */
@Component
class TwilioSmsProvider implements SmsProvider {

  static final String NAME = "twilio";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String apiUrl;

  TwilioSmsProvider(@Value("${flowpod.sms.api-url:https://api.twilio.com}") String apiUrl) {
    this.apiUrl = ProviderHttp.base(apiUrl);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public SendReceipt send(SmsAccount account, String to, String text) {
    String sender = account.from().startsWith("MG") ? "MessagingServiceSid" : "From";
    String form = "To=" + encode(to) + "&" + sender + "=" + encode(account.from()) + "&Body="
        + encode(text);
    String basic = Base64.getEncoder().encodeToString((account.accountId() + ":"
        + account.authToken()).getBytes(StandardCharsets.UTF_8));
    ProviderHttp.Response response = ProviderHttp.post(apiUrl + "/2010-04-01/Accounts/"
            + encode(account.accountId()) + "/Messages.json", "application/x-www-form-urlencoded",
        form, Map.of("Authorization", "Basic " + basic));
    JsonNode body = parse(response.body());
    if (response.ok()) {
      return new SendReceipt(body.path("sid").asText(null), "status " + body.path("status")
          .asText("queued"));
    }
    String what = "Twilio answered HTTP " + response.status() + " error "
        + body.path("code").asText("?") + " (" + body.path("message").asText("") + ")";
    if (response.status() == 429 || response.status() >= 500) {
      throw new RetryableSendException(what, null);
    }
    throw new ChannelDeliveryException(what);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
