package io.flowpod.connectors.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.connectors.channels.FakeProviderServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Telegram Bot API's sendMessage: POST /bot{token}/sendMessage with JSON
 * {@code chat_id}, {@code text}, answering {@code {"ok":true,"result":{"message_id":..}}}. It can
 * answer 429 with {@code parameters.retry_after}, or refuse everything (403, bot blocked by the user).
 */
public final class FakeTelegramBotApi extends FakeProviderServer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicInteger tooManyLeft = new AtomicInteger();
  private volatile int retryAfterSeconds = 1;
  private volatile boolean refuseAll;
  private final java.util.Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private FakeTelegramBotApi() {
    super("fake-telegram-api");
  }

  public static FakeTelegramBotApi start() {
    return new FakeTelegramBotApi();
  }

  /** The next {@code count} requests get 429 with {@code retry_after = seconds}. */
  public FakeTelegramBotApi tooManyRequests(int count, int seconds) {
    tooManyLeft.set(count);
    retryAfterSeconds = seconds;
    return this;
  }

  /** Every request gets 403 "Forbidden: bot was blocked by the user". */
  public FakeTelegramBotApi refuseAll() {
    refuseAll = true;
    return this;
  }

  /** Messages to this chat get 403 (bot blocked); others go through. */
  public FakeTelegramBotApi refuse(String chatId) {
    refused.add(chatId);
    return this;
  }

  @Override
  protected void reset() {
    refused.clear();
    tooManyLeft.set(0);
    refuseAll = false;
  }

  /** The sendMessage bodies received, in order. */
  public List<JsonNode> messages() {
    return requests().stream().map(r -> read(r.body())).toList();
  }

  public List<JsonNode> messagesTo(String chatId) {
    return messages().stream().filter(m -> chatId.equals(m.path("chat_id").asText())).toList();
  }

  @Override
  protected Reply answer(Request request) {
    if (!request.path().matches("/bot[^/]+/sendMessage")) {
      return new Reply(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }
    if (tooManyLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return new Reply(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
          + "retry after " + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":"
          + retryAfterSeconds + "}}");
    }
    JsonNode message = read(request.body());
    if (refuseAll || refused.contains(message.path("chat_id").asText())) {
      return new Reply(403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was "
          + "blocked by the user\"}");
    }
    return new Reply(200, "{\"ok\":true,\"result\":{\"message_id\":" + ids.incrementAndGet()
        + ",\"chat\":{\"id\":" + JSON.valueToTree(message.path("chat_id").asText()) + "},\"text\":"
        + JSON.valueToTree(message.path("text").asText()) + "}}");
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      return JSON.createObjectNode();
    }
  }
}
