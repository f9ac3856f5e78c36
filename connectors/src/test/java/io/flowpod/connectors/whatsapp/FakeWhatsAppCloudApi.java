package io.flowpod.connectors.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.connectors.channels.FakeProviderServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the WhatsApp Cloud API's send endpoint: POST /{version}/{phoneNumberId}/messages
 * with a bearer token, answering {@code {"messaging_product":"whatsapp","contacts":[...],
 * "messages":[{"id":"wamid..."}]}}. It can answer free-form text with error 131047 (the 24-hour
 * window is closed), fail the next requests with 5xx, or refuse everything.
 */
public final class FakeWhatsAppCloudApi extends FakeProviderServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger ids = new AtomicInteger();
  private volatile boolean windowClosed;
  private final AtomicInteger serverErrorsLeft = new AtomicInteger();
  private volatile boolean refuseAll;
  private final java.util.Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private FakeWhatsAppCloudApi() {
    super("fake-whatsapp-api");
  }

  public static FakeWhatsAppCloudApi start() {
    return new FakeWhatsAppCloudApi();
  }

  /** Free-form text is answered with error 131047 (re-engagement message), templates go through. */
  public FakeWhatsAppCloudApi windowClosed() {
    windowClosed = true;
    return this;
  }

  /** The next {@code count} requests get HTTP 500. */
  public FakeWhatsAppCloudApi serverErrors(int count) {
    serverErrorsLeft.set(count);
    return this;
  }

  /** Every request is refused with HTTP 400, error 131026 (message undeliverable). */
  public FakeWhatsAppCloudApi refuseAll() {
    refuseAll = true;
    return this;
  }

  /** Messages to this wa_id are refused (HTTP 400, error 131026); others go through. */
  public FakeWhatsAppCloudApi refuse(String waId) {
    refused.add(waId);
    return this;
  }

  @Override
  protected void reset() {
    refused.clear();
    windowClosed = false;
    serverErrorsLeft.set(0);
    refuseAll = false;
  }

  /** The JSON bodies received, in order. */
  public List<JsonNode> messages() {
    return requests().stream().map(r -> read(r.body())).toList();
  }

  /** Messages whose {@code to} is this address. */
  public List<JsonNode> messagesTo(String waId) {
    return messages().stream().filter(m -> waId.equals(m.path("to").asText())).toList();
  }

  @Override
  protected Reply answer(Request request) {
    if (!request.path().matches("/v[0-9.]+/[^/]+/messages")) {
      return error(404, 100, "Unknown path");
    }
    if (request.authorization() == null || !request.authorization().startsWith("Bearer ")) {
      return error(401, 190, "Invalid OAuth access token");
    }
    if (serverErrorsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return error(500, 1, "An unknown error occurred");
    }
    JsonNode message = read(request.body());
    if (refuseAll || refused.contains(message.path("to").asText())) {
      return error(400, 131026, "Message undeliverable");
    }
    if (windowClosed && "text".equals(message.path("type").asText())) {
      return error(400, 131047, "Re-engagement message");
    }
    return new Reply(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\""
        + message.path("to").asText() + "\",\"wa_id\":\"" + message.path("to").asText()
        + "\"}],\"messages\":[{\"id\":\"wamid.FAKE" + ids.incrementAndGet() + "\"}]}");
  }

  private static Reply error(int status, int code, String message) {
    return new Reply(status, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\","
        + "\"code\":" + code + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\""
        + message + "\"},\"fbtrace_id\":\"AbCdEf\"}}");
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
