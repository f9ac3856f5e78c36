package io.flowpod.app.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Cloud API's delivery statuses reach the outbox: a staff reply goes out on WhatsApp, and the
 * statuses Meta reports for it (out of order, replayed) show on the message's attempt as the furthest
 * one reached.
 */
@FlowPodIntegrationTest
class WhatsAppDeliveryStatusTest {

  @LocalServerPort int port;
  @Autowired TenantTransactions transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ChannelSettings settings;
  @Autowired ChatIdentities identities;

  @Test
  void statusesReportedForAReplyShowOnItsOutboxAttempt() {
    CatalogClient api = new CatalogClient(port);
    ShopFixture shop = ShopFixture.signup(api);
    ChatFixture chat = new ChatFixture(port, shop.tenantId, shop.slug, transactions, jdbc, settings,
        identities);
    String number = ChatFixture.whatsAppNumber();
    chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(), number, "Is it in stock?", Instant.now()));
    String conversation = api.get("/api/v1/conversations", shop.owner).expect(200).json()
        .path("items").get(0).path("id").asText();
    String outboxId = api.post("/api/v1/conversations/" + conversation + "/replies", shop.owner,
            Map.of("channel", "WHATSAPP", "text", "Yes, 12 left.")).expect(200).json()
        .path("messages").get(1).path("outboxMessageId").asText();
    JsonNode attempt = attemptOf(api, shop, outboxId);
    String wamid = attempt.path("providerMessageId").asText();
    assertThat(wamid).isNotBlank();
    assertThat(attempt.path("providerStatus").isNull()).isTrue();

    long now = Instant.now().getEpochSecond();
    chat.postWhatsApp(chat.whatsAppStatuses(List.of(status(wamid, "delivered", now + 2))));
    chat.postWhatsApp(chat.whatsAppStatuses(List.of(status(wamid, "sent", now + 1))));
    assertThat(attemptOf(api, shop, outboxId).path("providerStatus").asText()).isEqualTo("DELIVERED");

    chat.postWhatsApp(chat.whatsAppStatuses(List.of(status(wamid, "read", now + 3))));
    chat.postWhatsApp(chat.whatsAppStatuses(List.of(status(wamid, "read", now + 3))));
    assertThat(attemptOf(api, shop, outboxId).path("providerStatus").asText()).isEqualTo("READ");
  }

  private static Map<String, Object> status(String wamid, String status, long timestamp) {
    return Map.of("id", wamid, "status", status, "timestamp", String.valueOf(timestamp),
        "recipient_id", "00000");
  }

  private static JsonNode attemptOf(CatalogClient api, ShopFixture shop, String outboxId) {
    JsonNode attempts = api.get("/api/v1/messages/" + outboxId, shop.owner).expect(200).json()
        .path("attempts");
    assertThat(attempts).hasSize(1);
    return attempts.get(0);
  }
}
