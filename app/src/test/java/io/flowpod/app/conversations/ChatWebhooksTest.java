package io.flowpod.app.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.conversations.ChatFixture.Reply;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.TestTenants;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The WhatsApp and Telegram webhooks on the real stack: the handshake, signatures checked on the raw
 * body, the inbox row written before the 200 (a replay changes nothing), and the message flow
 * (suspended workspace, blocked sender, unknown sender, registered customer).
 */
@FlowPodIntegrationTest
class ChatWebhooksTest {

  private static final String COUNT_INBOX = "select count(*) from inbox_messages";
  private static final String COUNT_THREAD = "select count(*) from conversation_messages";
  private static final String COUNT_SENDERS = "select count(*) from chat_identities";

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired TenantTransactions transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ChannelSettings settings;
  @Autowired ChatIdentities identities;
  @Autowired UnknownChatSenders unknownSenders;

  CatalogClient api;
  ShopFixture shop;
  ChatFixture chat;

  @BeforeEach
  void workspace() {
    api = new CatalogClient(port);
    shop = ShopFixture.signup(api);
    chat = fixture(shop.tenantId, shop.slug);
  }

  @Test
  void theHandshakeEchoesTheChallengeOnlyForThePlatformsVerifyToken() {
    Reply ok = chat.handshake("subscribe", WhatsAppPlatformContext.VERIFY_TOKEN, "1158201444");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.contentType()).startsWith("text/plain");
    assertThat(ok.body()).isEqualTo("1158201444");

    assertThat(chat.handshake("subscribe", "not-the-token", "1158201444").status()).isEqualTo(403);
    assertThat(chat.handshake("unsubscribe", WhatsAppPlatformContext.VERIFY_TOKEN, "1158201444")
        .status()).isEqualTo(403);
  }

  @Test
  void aSignedMessageFromACustomerIsStoredAndJoinsTheirConversationUnanswered() {
    String number = ChatFixture.whatsAppNumber();
    UUID customer = chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    String wamid = ChatFixture.wamid();
    Instant sentAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Reply reply = chat.postWhatsApp(chat.whatsAppText(wamid, number, "Is my order ready?", sentAt));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, Object> row = chat.inboxRow(wamid);
    assertThat(row).containsEntry("outcome", "CONVERSATION").containsEntry("message_type", "text")
        .containsEntry("body", "Is my order ready?");
    assertThat(chat.count("select count(*) from conversations where customer_id = ? and status = "
        + "'UNANSWERED'", customer)).isEqualTo(1);
    assertThat(chat.count(COUNT_THREAD + " where inbox_message_id = ?", row.get("id"))).isEqualTo(1);
    assertThat(chat.identity(Channel.WHATSAPP, number).lastInboundAt()).isEqualTo(sentAt);

    JsonNode listed = api.get("/api/v1/conversations?unanswered=true", shop.owner).expect(200).json();
    assertThat(listed.path("items")).hasSize(1);
    assertThat(listed.path("items").get(0).path("customerId").asText()).isEqualTo(customer.toString());
    assertThat(listed.path("items").get(0).path("lastChannel").asText()).isEqualTo("WHATSAPP");
  }

  @Test
  void theSameMessageFiveTimesIsStoredOnceAndJoinsTheThreadOnce() {
    String number = ChatFixture.whatsAppNumber();
    chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    String wamid = ChatFixture.wamid();
    String delivery = chat.whatsAppText(wamid, number, "Hello", Instant.now());

    for (int i = 0; i < 5; i++) {
      assertThat(chat.postWhatsApp(delivery).status()).isEqualTo(200);
    }

    assertThat(chat.count(COUNT_INBOX + " where provider_message_id = ?", wamid)).isEqualTo(1);
    assertThat(chat.count(COUNT_THREAD)).isEqualTo(1);

    // Meta may also deliver the same message concurrently: the inbox key still admits one.
    String parallel = chat.whatsAppText(ChatFixture.wamid(), number, "Again", Instant.now());
    List<CompletableFuture<Reply>> posts = IntStream.range(0, 5)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> chat.postWhatsApp(parallel))).toList();
    assertThat(posts.stream().map(CompletableFuture::join).map(Reply::status)).containsOnly(200);
    assertThat(chat.count(COUNT_INBOX)).isEqualTo(2);
    assertThat(chat.count(COUNT_THREAD)).isEqualTo(2);
  }

  @Test
  void anUnknownSenderIsKeptAndRegistrationIsOfferedOnceHoweverOftenTheMessageComes() {
    String number = ChatFixture.whatsAppNumber();
    String wamid = ChatFixture.wamid();
    String delivery = chat.whatsAppText(wamid, number, "Hi, can I order?", Instant.now());

    for (int i = 0; i < 5; i++) {
      assertThat(chat.postWhatsApp(delivery).status()).isEqualTo(200);
    }

    Map<String, Object> row = chat.inboxRow(wamid);
    assertThat(row).containsEntry("outcome", "UNKNOWN_SENDER");
    UUID inboxId = (UUID) row.get("id");
    assertThat(unknownSenders.about(inboxId)).singleElement().satisfies(event -> {
      assertThat(event.tenantId()).isEqualTo(chat.tenantId);
      assertThat(event.chatIdentityId()).isEqualTo(chat.identity(Channel.WHATSAPP, number).id());
    });
    assertThat(chat.count(COUNT_INBOX)).isEqualTo(1);
    assertThat(chat.count(COUNT_THREAD)).isZero();
    assertThat(chat.identity(Channel.WHATSAPP, number).registered()).isFalse();
  }

  @Test
  void aBadOrMissingSignatureIsRefusedWith401AndNothingIsStored() {
    String number = ChatFixture.whatsAppNumber();
    String delivery = chat.whatsAppText(ChatFixture.wamid(), number, "Hello", Instant.now());

    Reply wrongSecret = chat.postWhatsApp(delivery, ChatFixture.sign("another-app-secret", delivery));
    Reply tampered = chat.postWhatsApp(delivery.replace("Hello", "Hellp"),
        ChatFixture.sign(WhatsAppPlatformContext.APP_SECRET, delivery));
    Reply garbage = chat.postWhatsApp(delivery, "sha256=not-hex");
    Reply unsigned = chat.postWhatsApp(delivery, null);

    for (Reply refused : List.of(wrongSecret, tampered, garbage, unsigned)) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).doesNotContain("Exception");
    }
    assertThat(chat.count(COUNT_INBOX)).isZero();
    assertThat(chat.count(COUNT_SENDERS)).isZero();
  }

  @Test
  void aDeliveryForABusinessNumberNoWorkspaceHasIsAcknowledgedAndNotStored() {
    String delivery = ChatFixture.whatsAppDelivery("pn-nobody-" + UUID.randomUUID(), Map.of(
        "messages", List.of(Map.of("from", ChatFixture.whatsAppNumber(), "id", ChatFixture.wamid(),
            "timestamp", String.valueOf(Instant.now().getEpochSecond()), "type", "text",
            "text", Map.of("body", "Hello")))));

    Reply reply = chat.postWhatsApp(delivery);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"messages\":0");
    assertThat(chat.count(COUNT_INBOX)).isZero();
  }

  @Test
  void otherMessageTypesAreRecordedWithTheirTypeAndStatusesOncePerMessageAndStatus() {
    String number = ChatFixture.whatsAppNumber();
    String wamid = ChatFixture.wamid();
    String image = ChatFixture.whatsAppDelivery(chat.phoneNumberId, Map.of("messages", List.of(Map.of(
        "from", number, "id", wamid, "timestamp", String.valueOf(Instant.now().getEpochSecond()),
        "type", "image", "image", Map.of("id", "media-1", "mime_type", "image/jpeg")))));
    assertThat(chat.postWhatsApp(image).status()).isEqualTo(200);
    assertThat(chat.inboxRow(wamid)).containsEntry("message_type", "image").containsEntry("body", null);

    String outbound = ChatFixture.wamid();
    long at = Instant.now().getEpochSecond();
    String read = chat.whatsAppStatuses(List.of(Map.of("id", outbound, "status", "read",
        "timestamp", String.valueOf(at + 5), "recipient_id", number)));
    String deliveredAndFailed = chat.whatsAppStatuses(List.of(
        Map.of("id", outbound, "status", "delivered", "timestamp", String.valueOf(at),
            "recipient_id", number),
        Map.of("id", ChatFixture.wamid(), "status", "failed", "timestamp", String.valueOf(at),
            "recipient_id", number, "errors", List.of(Map.of("code", 131047,
                "title", "Re-engagement message")))));
    // Out of order (read before delivered) and replayed: one row per message and status.
    assertThat(chat.postWhatsApp(read).status()).isEqualTo(200);
    assertThat(chat.postWhatsApp(deliveredAndFailed).status()).isEqualTo(200);
    assertThat(chat.postWhatsApp(read).status()).isEqualTo(200);

    assertThat(chat.count("select count(*) from inbound_message_statuses where provider_message_id = ?",
        outbound)).isEqualTo(2);
    assertThat(chat.count("select count(*) from inbound_message_statuses where status = 'FAILED' "
        + "and error_code = '131047'")).isEqualTo(1);
  }

  @Test
  void telegramNeedsTheWorkspacesSecretTokenAndKeysTheInboxByUpdateId() {
    long chatId = 7_000_000_000L + (long) (Math.random() * 1e6);
    long updateId = 500_000_000L + (long) (Math.random() * 1e6);
    String update = ChatFixture.telegramText(updateId, chatId, "it", "Ciao", Instant.now());

    assertThat(chat.postTelegram(chat.slug, "wrong-secret", update).status()).isEqualTo(401);
    assertThat(chat.postTelegram(chat.slug, null, update).status()).isEqualTo(401);
    assertThat(chat.postTelegram("no-such-workspace-" + updateId, chat.telegramSecret, update)
        .status()).isEqualTo(401);
    assertThat(chat.count(COUNT_INBOX)).isZero();
    assertThat(chat.count(COUNT_SENDERS)).isZero();

    for (int i = 0; i < 5; i++) {
      assertThat(chat.postTelegram(update).status()).isEqualTo(200);
    }
    assertThat(chat.inboxRow(String.valueOf(updateId))).containsEntry("outcome", "UNKNOWN_SENDER")
        .containsEntry("body", "Ciao");
    assertThat(chat.count(COUNT_INBOX)).isEqualTo(1);
    assertThat(chat.identity(Channel.TELEGRAM, String.valueOf(chatId)).locale()).isEqualTo("it");
    assertThat(unknownSenders.ofTenant(chat.tenantId)).hasSize(1);

    String edited = ChatFixture.json(Map.of("update_id", updateId + 1, "edited_message",
        Map.of("message_id", 1, "chat", Map.of("id", chatId), "date", 1, "text", "Ciao!")));
    assertThat(chat.postTelegram(edited).status()).isEqualTo(200);
    assertThat(chat.count(COUNT_INBOX)).isEqualTo(1);
  }

  @Test
  void aSuspendedWorkspaceIsAnswered200ButNothingIsStored() {
    Tenant suspended = TestTenants.create(tenants, "chat-suspended");
    ChatFixture closed = fixture(suspended.id(), suspended.slug());
    tenants.suspend(suspended.id(), "Unpaid subscription", null);

    String whatsApp = closed.whatsAppText(ChatFixture.wamid(), ChatFixture.whatsAppNumber(), "Hello",
        Instant.now());
    assertThat(closed.postWhatsApp(whatsApp).status()).isEqualTo(200);
    assertThat(closed.postTelegram(ChatFixture.telegramText(42, 4242, "en", "Hello", Instant.now()))
        .status()).isEqualTo(200);

    assertThat(closed.count(COUNT_INBOX)).isZero();
    assertThat(closed.count(COUNT_SENDERS)).isZero();
    assertThat(unknownSenders.ofTenant(suspended.id())).isEmpty();
  }

  @Test
  void aBlockedSendersMessagesAreKeptAsIgnoredAndGoNowhere() {
    String stranger = ChatFixture.whatsAppNumber();
    assertThat(chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(), stranger, "first",
        Instant.now())).status()).isEqualTo(200);
    UUID senderId = chat.identity(Channel.WHATSAPP, stranger).id();
    String manager = shop.member("MANAGER");
    api.post("/api/v1/chat-senders/" + senderId + "/block", manager, null).expect(200);

    String spam = ChatFixture.wamid();
    assertThat(chat.postWhatsApp(chat.whatsAppText(spam, stranger, "spam", Instant.now())).status())
        .isEqualTo(200);
    assertThat(chat.inboxRow(spam)).containsEntry("outcome", "IGNORED");
    assertThat(unknownSenders.ofTenant(chat.tenantId)).hasSize(1);

    // A customer whose record is BLOCKED is ignored the same way.
    String number = ChatFixture.whatsAppNumber();
    UUID customer = chat.customer("Bob", Map.of(Channel.WHATSAPP, number));
    chat.setCustomerStatus(customer, "BLOCKED");
    String fromBlockedCustomer = ChatFixture.wamid();
    assertThat(chat.postWhatsApp(chat.whatsAppText(fromBlockedCustomer, number, "hello",
        Instant.now())).status()).isEqualTo(200);
    assertThat(chat.inboxRow(fromBlockedCustomer)).containsEntry("outcome", "IGNORED");
    assertThat(chat.count(COUNT_THREAD)).isZero();

    api.post("/api/v1/chat-senders/" + senderId + "/unblock", manager, null).expect(200);
    assertThat(api.get("/api/v1/audit-events?action=chat-sender.blocked", shop.owner).expect(200)
        .json().path("items")).singleElement()
        .satisfies(entry -> assertThat(entry.path("targetId").asText()).isEqualTo(senderId.toString()));
    String again = ChatFixture.wamid();
    chat.postWhatsApp(chat.whatsAppText(again, stranger, "sorry", Instant.now()));
    assertThat(chat.inboxRow(again)).containsEntry("outcome", "UNKNOWN_SENDER");
  }

  private ChatFixture fixture(UUID tenantId, String slug) {
    return new ChatFixture(port, tenantId, slug, transactions, jdbc, settings, identities);
  }
}
