package io.flowpod.domain.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The Telegram Bot API webhook of one workspace ({@code /webhooks/telegram/{slug}}), set up with the
 * workspace's {@code webhookSecret}, which Telegram sends back in X-Telegram-Bot-Api-Secret-Token.
 * The provider id of a message is the Update's {@code update_id}. Updates without a new message
 * (edits, button presses, ...) are acknowledged and not stored.
 */
@Service
public class TelegramWebhooks {

  /** The message kinds recorded by name when an Update's message has no text. */
  private static final List<String> KINDS = List.of("photo", "video", "voice", "audio", "document",
      "sticker", "animation", "video_note", "location", "contact", "poll");

  private static final Logger log = LoggerFactory.getLogger(TelegramWebhooks.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tenants tenants;
  private final ChannelSettings settings;
  private final TenantTransactions transactions;
  private final InboundMessages messages;

  TelegramWebhooks(Tenants tenants, ChannelSettings settings, TenantTransactions transactions,
      InboundMessages messages) {
    this.tenants = tenants;
    this.settings = settings;
    this.transactions = transactions;
    this.messages = messages;
  }

  /**
   * Verifies and handles one Update; empty when it carried no new message.
   *
   * @throws WebhookRejectedException unknown workspace, no webhook secret set, or a wrong token
   * @throws ConversationException reason MALFORMED when a verified body is not an Update
   */
  public Optional<InboundOutcome> receive(String tenantSlug, String secretToken, byte[] rawBody) {
    Tenant tenant = tenants.findBySlug(tenantSlug).orElseThrow(() -> {
      log.warn("Telegram delivery refused: no workspace {}", tenantSlug);
      return new WebhookRejectedException("The secret token does not match.");
    });
    String expected = transactions.as(tenant.id(),
        () -> settings.secret(Channel.TELEGRAM, "webhookSecret").orElse(null));
    if (!WebhookSecrets.same(expected, secretToken)) {
      log.warn("Telegram delivery for workspace {} refused: {} secret token", tenant.id(),
          expected == null ? "no webhookSecret set, any" : secretToken == null ? "missing" : "wrong");
      throw new WebhookRejectedException("The secret token does not match.");
    }
    JsonNode update = parse(rawBody);
    JsonNode message = update.path("message");
    if (!message.isObject()) {
      log.info("Telegram update {} for workspace {} has no new message: acknowledged",
          update.path("update_id").asText(), tenant.id());
      return Optional.empty();
    }
    return Optional.of(messages.receive(tenant.id(), message(update, message)));
  }

  private static InboundMessage message(JsonNode update, JsonNode message) {
    JsonNode updateId = update.path("update_id");
    JsonNode chatId = message.path("chat").path("id");
    if (!updateId.canConvertToLong() || !chatId.canConvertToLong()
        || !message.path("date").canConvertToLong()) {
      throw ConversationException.malformed("The Telegram update has no valid update_id, chat.id or date");
    }
    String text = message.path("text").isTextual() ? message.path("text").asText() : null;
    String type = text != null ? "text"
        : KINDS.stream().filter(message::has).findFirst().orElse("other");
    String language = message.path("from").path("language_code").asText(null);
    return new InboundMessage(Channel.TELEGRAM, updateId.asText(), chatId.asText(), language, type,
        text, Instant.ofEpochSecond(message.path("date").asLong()));
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isObject()) {
        throw ConversationException.malformed("The Telegram update is not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw ConversationException.malformed("The Telegram update is not valid JSON");
    }
  }
}
