package io.flowpod.domain.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The WhatsApp Cloud API webhook. One Meta app serves the platform, so the app secret (which signs
 * every delivery, X-Hub-Signature-256) and the verify token (the subscription handshake) are platform
 * configuration; the workspace is the one whose business number ({@code metadata.phone_number_id}) it
 * is. Nothing is read from the payload before the signature over the raw bytes checks out.
 */
@Service
public class WhatsAppWebhooks {

  /** What a delivery did, for the answer and the log. */
  public record Receipt(int messages, int statuses, int unknownNumbers) {}

  private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhooks.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> STATUSES = Set.of("SENT", "DELIVERED", "READ", "FAILED");

  private final ChannelSettings settings;
  private final InboundMessages messages;
  private final String appSecret;
  private final String verifyToken;

  WhatsAppWebhooks(ChannelSettings settings, InboundMessages messages,
      @Value("${flowpod.whatsapp.app-secret:}") String appSecret,
      @Value("${flowpod.whatsapp.verify-token:}") String verifyToken) {
    this.settings = settings;
    this.messages = messages;
    this.appSecret = appSecret;
    this.verifyToken = verifyToken;
  }

  /** The subscription handshake: the challenge to echo, or empty when the request is not Meta's. */
  public Optional<String> handshake(String mode, String token, String challenge) {
    boolean ok = "subscribe".equals(mode) && WebhookSecrets.same(verifyToken, token)
        && challenge != null && !challenge.isEmpty() && challenge.length() <= 200;
    if (!ok) {
      log.warn("WhatsApp webhook handshake refused (mode {}, verify token {})", mode,
          verifyToken.isEmpty() ? "not configured" : "mismatch");
    }
    return ok ? Optional.of(challenge) : Optional.empty();
  }

  /**
   * Verifies and handles one delivery: every message and status of every entry, each in its own
   * workspace transaction, all before the caller answers.
   *
   * @throws WebhookRejectedException when the signature is missing or wrong (nothing stored)
   * @throws ConversationException reason MALFORMED when a signed payload is not the Cloud API's shape
   */
  public Receipt receive(byte[] rawBody, String signatureHeader) {
    if (appSecret.isEmpty()) {
      log.warn("WhatsApp delivery refused: flowpod.whatsapp.app-secret is not configured");
      throw new WebhookRejectedException("WhatsApp deliveries cannot be verified here.");
    }
    if (!WebhookSecrets.validHmacSha256(appSecret, rawBody, signatureHeader)) {
      log.warn("WhatsApp delivery refused: {} X-Hub-Signature-256",
          signatureHeader == null ? "missing" : "wrong");
      throw new WebhookRejectedException("The X-Hub-Signature-256 header does not match the body.");
    }
    JsonNode root = parse(rawBody);
    int messageCount = 0;
    int statusCount = 0;
    int unknown = 0;
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        JsonNode value = change.path("value");
        String numberId = value.path("metadata").path("phone_number_id").asText("");
        Optional<UUID> tenant = settings.tenantOfWhatsAppNumber(numberId);
        if (tenant.isEmpty()) {
          unknown++;
          log.warn("WhatsApp delivery for unknown business number {}: acknowledged, nothing stored",
              numberId);
          continue;
        }
        for (JsonNode message : value.path("messages")) {
          messages.receive(tenant.get(), message(message));
          messageCount++;
        }
        for (JsonNode status : value.path("statuses")) {
          messages.receiveStatus(tenant.get(), status(status));
          statusCount++;
        }
      }
    }
    return new Receipt(messageCount, statusCount, unknown);
  }

  private static InboundMessage message(JsonNode message) {
    String id = required(message, "id");
    String from = required(message, "from");
    String type = message.path("type").asText("unknown");
    String text = "text".equals(type) ? message.path("text").path("body").asText(null) : null;
    return new InboundMessage(Channel.WHATSAPP, id, from, null, type, text,
        epochSeconds(message.path("timestamp")));
  }

  private static InboundStatus status(JsonNode status) {
    String id = required(status, "id");
    String state = required(status, "status").toUpperCase(Locale.ROOT);
    if (!STATUSES.contains(state)) {
      throw ConversationException.malformed("Unknown WhatsApp status " + state);
    }
    JsonNode error = status.path("errors").path(0).path("code");
    return new InboundStatus(Channel.WHATSAPP, id, state, error.isMissingNode() ? null : error.asText(),
        epochSeconds(status.path("timestamp")));
  }

  private static String required(JsonNode node, String field) {
    String value = node.path(field).asText("");
    if (value.isEmpty() || value.length() > 200) {
      throw ConversationException.malformed("A WhatsApp message or status has no valid " + field);
    }
    return value;
  }

  private static Instant epochSeconds(JsonNode timestamp) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(timestamp.asText()));
    } catch (NumberFormatException e) {
      throw ConversationException.malformed("A WhatsApp message or status has no valid timestamp");
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isObject()) {
        throw ConversationException.malformed("The WhatsApp delivery is not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw ConversationException.malformed("The WhatsApp delivery is not valid JSON");
    }
  }
}
