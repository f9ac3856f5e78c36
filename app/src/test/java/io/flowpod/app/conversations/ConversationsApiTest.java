package io.flowpod.app.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.channels.FakeChannelsContext;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff conversation view over real webhooks: one thread per customer across channels, unanswered
 * first, replies within the channel's rules, closing and reopening, roles, and another workspace's ids
 * answering 404 everywhere.
 */
@FlowPodIntegrationTest
class ConversationsApiTest {

  @LocalServerPort int port;
  @Autowired TenantTransactions transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ChannelSettings settings;
  @Autowired ChatIdentities identities;

  CatalogClient api;
  ShopFixture shop;
  ChatFixture chat;

  @BeforeEach
  void workspace() {
    api = new CatalogClient(port);
    shop = ShopFixture.signup(api);
    chat = new ChatFixture(port, shop.tenantId, shop.slug, transactions, jdbc, settings, identities);
  }

  @Test
  void aCustomersMessagesOnBothChannelsFormOneThreadAndUnansweredComeFirst() {
    String number = ChatFixture.whatsAppNumber();
    long chatId = 8_000_000_000L + (long) (Math.random() * 1e6);
    UUID ada = chat.customer("Ada", Map.of(Channel.WHATSAPP, number,
        Channel.TELEGRAM, String.valueOf(chatId)));
    UUID bob = chat.customer("Bob", Map.of(Channel.WHATSAPP, ChatFixture.whatsAppNumber()));
    Instant now = Instant.now();
    // Out of order: the later Telegram message arrives first; the thread is ordered by sending time.
    chat.postTelegram(ChatFixture.telegramText(900_000_001L, chatId, "en", "second", now));
    chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(), number, "first", now.minusSeconds(60)));
    String bobsThread = conversationOf(bob, "from bob", now.minusSeconds(600));
    api.post("/api/v1/conversations/" + bobsThread + "/close", shop.owner, null).expect(200);

    JsonNode all = api.get("/api/v1/conversations", shop.owner).expect(200).json();
    assertThat(all.path("totalItems").asLong()).isEqualTo(2);
    assertThat(all.path("items").get(0).path("customerId").asText()).isEqualTo(ada.toString());
    assertThat(all.path("items").get(0).path("status").asText()).isEqualTo("UNANSWERED");
    assertThat(all.path("items").get(1).path("status").asText()).isEqualTo("CLOSED");
    JsonNode unanswered = api.get("/api/v1/conversations?unanswered=true", shop.owner).expect(200).json();
    assertThat(unanswered.path("items")).hasSize(1);

    String adasThread = all.path("items").get(0).path("id").asText();
    JsonNode thread = api.get("/api/v1/conversations/" + adasThread, shop.owner).expect(200).json();
    assertThat(texts(thread.path("messages"), "text")).containsExactly("first", "second");
    assertThat(texts(thread.path("messages"), "channel")).containsExactly("WHATSAPP", "TELEGRAM");
    assertThat(texts(thread.path("senders"), "channel"))
        .containsExactlyInAnyOrder("WHATSAPP", "TELEGRAM");
    assertThat(thread.path("conversation").path("customerRef").asText()).startsWith("C-");

    // Bob writes again: his closed conversation reopens as unanswered, still one thread.
    assertThat(conversationOf(bob, "me again", now)).isEqualTo(bobsThread);
    JsonNode reopened = api.get("/api/v1/conversations/" + bobsThread, shop.owner).expect(200).json();
    assertThat(reopened.path("conversation").path("status").asText()).isEqualTo("UNANSWERED");
    assertThat(reopened.path("messages")).hasSize(2);
  }

  @Test
  void aReplyIsCheckedAgainstTheChannelsRulesBeforeAnythingIsSent() {
    String number = ChatFixture.whatsAppNumber();
    UUID customer = chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    String id = conversationOf(customer, "hello?", Instant.now().minus(Duration.ofHours(25)));
    String staff = shop.member("STAFF");
    String replies = "/api/v1/conversations/" + id + "/replies";

    assertThat(api.post(replies, staff, Map.of("text", " ")).expect(400).errorFields())
        .containsExactly("text");
    assertThat(api.post(replies, staff, Map.of("channel", "PIGEON", "text", "Hi")).expect(400)
        .errorFields()).containsExactly("channel");
    JsonNode outsideWindow = api.post(replies, staff, Map.of("text", "Hi Ada")).expect(409).json();
    assertThat(outsideWindow.path("detail").asText()).contains("24 hours").contains("template");
    assertThat(api.post(replies, staff, Map.of("channel", "TELEGRAM", "text", "Hi")).expect(409)
        .json().path("detail").asText()).contains("no TELEGRAM chat");

    JsonNode thread = api.get("/api/v1/conversations/" + id, staff).expect(200).json();
    assertThat(thread.path("messages")).hasSize(1);
    assertThat(thread.path("conversation").path("status").asText()).isEqualTo("UNANSWERED");
  }

  /**
   * Before the channels capability is merged there is no {@link DirectMessages}: the reply is refused
   * with 503 and nothing is recorded. With it, the reply goes out on Telegram and joins the thread.
   */
  @Test
  void aReplyWithinTheRulesGoesOutOnTheCustomersChannelAndAnswersTheConversation() {
    long chatId = 8_100_000_000L + (long) (Math.random() * 1e6);
    UUID customer = chat.customer("Ada", Map.of(Channel.TELEGRAM, String.valueOf(chatId)));
    chat.postTelegram(ChatFixture.telegramText(910_000_000L + (long) (Math.random() * 1e6), chatId,
        "en", "Where is my parcel?", Instant.now()));
    String id = api.get("/api/v1/conversations", shop.owner).expect(200).json()
        .path("items").get(0).path("id").asText();
    String staff = shop.member("STAFF");
    String replies = "/api/v1/conversations/" + id + "/replies";

    JsonNode thread = api.post(replies, staff, Map.of("text", "On its way!")).expect(200).json();
    JsonNode reply = thread.path("messages").get(1);
    assertThat(reply.path("direction").asText()).isEqualTo("OUT");
    assertThat(reply.path("channel").asText()).isEqualTo("TELEGRAM");
    assertThat(reply.path("text").asText()).isEqualTo("On its way!");
    assertThat(reply.path("outboxMessageId").isTextual()).isTrue();
    assertThat(thread.path("conversation").path("status").asText()).isEqualTo("ANSWERED");
    assertThat(FakeChannelsContext.telegram().messagesTo(String.valueOf(chatId)))
        .extracting(message -> message.path("text").asText()).containsExactly("On its way!");
    assertThat(customer).isNotNull();
  }

  @Test
  void staffReadAndReplyButOnlyManagersBlockAndAnotherWorkspaceFindsNothing() {
    String number = ChatFixture.whatsAppNumber();
    UUID customer = chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    String id = conversationOf(customer, "hello", Instant.now());
    UUID sender = chat.identity(Channel.WHATSAPP, number).id();
    String staff = shop.member("STAFF");

    api.get("/api/v1/conversations/" + id, staff).expect(200);
    api.post("/api/v1/chat-senders/" + sender + "/block", staff, null).expect(403);
    api.post("/api/v1/chat-senders/" + sender + "/unblock", staff, null).expect(403);
    api.get("/api/v1/conversations", null).expect(401);

    String other = ShopFixture.signup(api).owner;
    api.get("/api/v1/conversations/" + id, other).expect(404);
    api.post("/api/v1/conversations/" + id + "/replies", other, Map.of("text", "Hi")).expect(404);
    api.post("/api/v1/conversations/" + id + "/close", other, null).expect(404);
    api.post("/api/v1/chat-senders/" + sender + "/block", other, null).expect(404);
    api.post("/api/v1/chat-senders/" + sender + "/unblock", other, null).expect(404);
    assertThat(api.get("/api/v1/conversations", other).expect(200).json().path("items")).isEmpty();
    api.get("/api/v1/conversations/" + UUID.randomUUID(), shop.owner).expect(404);

    assertThat(chat.identity(Channel.WHATSAPP, number).blocked()).isFalse();
    JsonNode blocked = api.post("/api/v1/chat-senders/" + sender + "/block", shop.owner, null)
        .expect(200).json();
    assertThat(blocked.path("blocked").asBoolean()).isTrue();
    JsonNode closed = api.post("/api/v1/conversations/" + id + "/close", staff, null).expect(200).json();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
  }

  /** Sends a WhatsApp message from the customer's number and answers their conversation's id. */
  private String conversationOf(UUID customer, String text, Instant sentAt) {
    String number = jdbcAddress(customer);
    assertThat(chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(), number, text, sentAt))
        .status()).isEqualTo(200);
    return transactions.as(chat.tenantId, () -> jdbc.sql(
            "select id from conversations where customer_id = ?").param(customer)
        .query(UUID.class).single()).toString();
  }

  private String jdbcAddress(UUID customer) {
    return transactions.as(chat.tenantId, () -> jdbc.sql("""
            select address from chat_identities where customer_id = ? and channel = 'WHATSAPP'""")
        .param(customer).query(String.class).single());
  }

  private static List<String> texts(JsonNode items, String field) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(item.path(field).asText()));
    return values;
  }
}
