package io.flowpod.app.conversations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A workspace with WhatsApp and Telegram set up, deliveries in the providers' wire formats (signed as
 * Meta and Telegram sign them), customers linked to chat identities, and row counts read as the
 * workspace.
 */
public final class ChatFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant REGISTERED_AT = Instant.parse("2024-01-01T00:00:00Z");

  /** A provider's answer. */
  public record Reply(int status, String contentType, String body) {}

  final UUID tenantId;
  final String slug;
  final String phoneNumberId = "pn-" + UUID.randomUUID();
  final String telegramSecret = "tg-" + UUID.randomUUID();

  private final int port;
  private final TenantTransactions transactions;
  private final JdbcClient jdbc;
  private final ChatIdentities identities;
  private final HttpClient http = HttpClient.newHttpClient();

  public ChatFixture(int port, UUID tenantId, String slug, TenantTransactions transactions, JdbcClient jdbc,
      ChannelSettings settings, ChatIdentities identities) {
    this.port = port;
    this.tenantId = tenantId;
    this.slug = slug;
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.identities = identities;
    transactions.as(tenantId, () -> {
      settings.save(Channel.WHATSAPP, true, Map.of("phoneNumberId", phoneNumberId),
          Map.of("accessToken", "test-access-token"));
      settings.save(Channel.TELEGRAM, true, Map.of("botUsername", "test_bot"),
          Map.of("botToken", "123:test-bot-token", "webhookSecret", telegramSecret));
      return null;
    });
  }

  // ---- WhatsApp Cloud API -------------------------------------------------------------------

  /** A WhatsApp text message delivery for this workspace's number. */
  public String whatsAppText(String wamid, String from, String text, Instant sentAt) {
    return whatsAppDelivery(phoneNumberId, Map.of(
        "contacts", List.of(Map.of("profile", Map.of("name", "Kerry"), "wa_id", from)),
        "messages", List.of(Map.of("from", from, "id", wamid,
            "timestamp", String.valueOf(sentAt.getEpochSecond()), "type", "text",
            "text", Map.of("body", text)))));
  }

  /** A WhatsApp delivery of statuses of outbound messages. */
  String whatsAppStatuses(List<Map<String, Object>> statuses) {
    return whatsAppDelivery(phoneNumberId, Map.of("statuses", statuses));
  }

  static String whatsAppDelivery(String phoneNumberId, Map<String, Object> content) {
    Map<String, Object> value = new java.util.LinkedHashMap<>();
    value.put("messaging_product", "whatsapp");
    value.put("metadata", Map.of("display_phone_number", "15550001111",
        "phone_number_id", phoneNumberId));
    value.putAll(content);
    return json(Map.of("object", "whatsapp_business_account", "entry", List.of(Map.of(
        "id", "waba-1", "changes", List.of(Map.of("field", "messages", "value", value))))));
  }

  /** Posts the delivery signed with the platform's app secret, as Meta does. */
  public Reply postWhatsApp(String body) {
    return postWhatsApp(body, sign(WhatsAppPlatformContext.APP_SECRET, body));
  }

  Reply postWhatsApp(String body, String signature) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/webhooks/whatsapp"))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return send(request);
  }

  Reply handshake(String mode, String token, String challenge) {
    return send(HttpRequest.newBuilder(url("/api/v1/webhooks/whatsapp?hub.mode=" + mode
        + "&hub.verify_token=" + token + "&hub.challenge=" + challenge)).GET());
  }

  static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- Telegram Bot API ---------------------------------------------------------------------

  /** A Telegram Update with a text message in a private chat. */
  static String telegramText(long updateId, long chatId, String language, String text, Instant sentAt) {
    return json(Map.of("update_id", updateId, "message", Map.of(
        "message_id", updateId % 100_000,
        "from", Map.of("id", chatId, "is_bot", false, "first_name", "Ada", "language_code", language),
        "chat", Map.of("id", chatId, "type", "private", "first_name", "Ada"),
        "date", sentAt.getEpochSecond(), "text", text)));
  }

  Reply postTelegram(String slug, String secretToken, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url("/api/v1/webhooks/telegram/" + slug))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (secretToken != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secretToken);
    }
    return send(request);
  }

  Reply postTelegram(String body) {
    return postTelegram(slug, telegramSecret, body);
  }

  // ---- the workspace's data -----------------------------------------------------------------

  /** A registered customer writing from these chat identities (channel -> address). */
  public UUID customer(String name, Map<Channel, String> chats) {
    UUID customerId = UUID.randomUUID();
    transactions.as(tenantId, () -> {
      jdbc.sql("""
              insert into customers (id, tenant_id, name, email, created_at, updated_at)
              values (?, ?, ?, ?, now(), now())""")
          .params(customerId, tenantId, name, customerId + "@customer.example").update();
      chats.forEach((channel, address) -> {
        // Registered long ago: their messages in a test, not this, open the channel's window.
        ChatIdentity identity = identities.seen(channel, address, "en", REGISTERED_AT);
        identities.link(identity.id(), customerId);
      });
      return null;
    });
    return customerId;
  }

  void setCustomerStatus(UUID customerId, String status) {
    transactions.as(tenantId, () -> jdbc.sql("update customers set status = ? where id = ?")
        .params(status, customerId).update());
  }

  /** The address of the customer's chat identity on the channel. */
  String identityOf(UUID customerId, Channel channel) {
    return transactions.as(tenantId, () -> jdbc.sql(
            "select address from chat_identities where customer_id = ? and channel = ?")
        .params(customerId, channel.name()).query(String.class).single());
  }

  ChatIdentity identity(Channel channel, String address) {
    return transactions.as(tenantId, () -> identities.find(channel, address).orElseThrow());
  }

  long count(String sql, Object... params) {
    return transactions.as(tenantId, () -> jdbc.sql(sql).params(params).query(Long.class).single());
  }

  /** The inbox row's id and outcome for a provider message id. */
  Map<String, Object> inboxRow(String providerMessageId) {
    return transactions.as(tenantId, () -> jdbc.sql("""
            select id, outcome, message_type, body from inbox_messages
            where provider_message_id = ?""")
        .param(providerMessageId).query().singleRow());
  }

  public static String wamid() {
    return "wamid." + UUID.randomUUID().toString().replace("-", "").toUpperCase();
  }

  public static String whatsAppNumber() {
    return "39" + (long) (Math.random() * 1e10);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      return new Reply(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
