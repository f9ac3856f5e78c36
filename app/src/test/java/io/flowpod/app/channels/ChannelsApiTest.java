package io.flowpod.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Channel settings (secrets write-only, field errors, roles), the test message through a real
 * provider client against the local fakes, quiet hours, and the outbox with its attempts and
 * workspace isolation.
 */
@FlowPodIntegrationTest
class ChannelsApiTest {

  @LocalServerPort
  int port;

  @Test
  void secretsAreWriteOnlyAndShownAsHints() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    String token = "123456:AAE-telegram-secret-token-9f3k";

    JsonNode saved = put(shop, "/api/v1/settings/channels/telegram", Map.of("enabled", true,
        "settings", Map.of("botUsername", "tea_shop_bot"), "secrets", Map.of("botToken", token)))
        .expect(200).json();

    assertThat(saved.path("enabled").asBoolean()).isTrue();
    assertThat(saved.path("secretHints").path("botToken").asText()).isEqualTo("…9f3k");
    String all = shop.api.get("/api/v1/settings/channels", shop.owner).expect(200).text();
    assertThat(all).doesNotContain(token).contains("tea_shop_bot").contains("…9f3k");
    assertThat(shop.api.get("/api/v1/settings/channels/telegram", shop.owner).expect(200).text())
        .doesNotContain(token);

    // Saving again without the secret keeps it.
    put(shop, "/api/v1/settings/channels/telegram", Map.of("enabled", true,
        "settings", Map.of("botUsername", "tea_shop_bot"))).expect(200);
    assertThat(shop.api.get("/api/v1/settings/channels/telegram", shop.owner).expect(200).json()
        .path("secretHints").path("botToken").asText()).isEqualTo("…9f3k");
  }

  @Test
  void invalidSettingsAreRefusedFieldByFieldAndNothingIsSaved() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));

    var refused = put(shop, "/api/v1/settings/channels/whatsapp", Map.of("enabled", true,
        "settings", Map.of("colour", "red"))).expect(400);

    assertThat(refused.errorFields()).contains("settings.colour", "settings.phoneNumberId",
        "secrets.accessToken");
    assertThat(refused.text()).doesNotContain("Exception");
    assertThat(shop.api.get("/api/v1/settings/channels/whatsapp", shop.owner).expect(200).json()
        .path("saved").asBoolean()).isFalse();
    put(shop, "/api/v1/settings/channels/fax", Map.of("enabled", false)).expect(404);
    assertThat(put(shop, "/api/v1/settings/channels/email", Map.of("enabled", true,
        "settings", Map.of("smtpHost", "smtp.tea.example", "smtpPort", "smtp"))).expect(400)
        .errorFields()).contains("settings.smtpPort", "settings.smtpFrom");
  }

  @Test
  void staffCannotSeeChannelSettingsNorTheOutbox() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    String staff = shop.member("STAFF");
    String manager = shop.member("MANAGER");

    shop.api.get("/api/v1/settings/channels", staff).expect(403);
    shop.api.get("/api/v1/messages", staff).expect(403);
    shop.api.get("/api/v1/settings/channels", manager).expect(403);
    shop.api.get("/api/v1/messages", manager).expect(200);
  }

  @Test
  void aTestMessageGoesThroughTheProviderAndShowsInTheOutboxWithItsAttempts() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    put(shop, "/api/v1/settings/channels/telegram", Map.of("enabled", true,
        "secrets", Map.of("botToken", "555:test-message-token"))).expect(200);
    String chatId = String.valueOf(System.nanoTime());

    JsonNode result = shop.api.post("/api/v1/settings/channels/telegram/test-message", shop.owner,
        Map.of("address", chatId)).expect(200).json();

    assertThat(result.path("sent").asBoolean()).isTrue();
    assertThat(FakeChannelsContext.telegram().messagesTo(chatId)).singleElement()
        .satisfies(m -> assertThat(m.path("text").asText()).contains("test message"));
    String id = result.path("messageId").asText();

    JsonNode page = shop.api.get("/api/v1/messages?channel=TELEGRAM&status=SENT", shop.owner)
        .expect(200).json();
    assertThat(page.path("items")).extracting(m -> m.path("id").asText()).contains(id);
    JsonNode detail = shop.api.get("/api/v1/messages/" + id, shop.owner).expect(200).json();
    assertThat(detail.path("attempts")).singleElement().satisfies(a -> {
      assertThat(a.path("channel").asText()).isEqualTo("TELEGRAM");
      assertThat(a.path("outcome").asText()).isEqualTo("SENT");
    });
    assertThat(shop.api.get("/api/v1/messages?status=LOST", shop.owner).expect(400).errorFields())
        .containsExactly("status");

    // A refused test message is answered, not thrown: staff see why.
    FakeChannelsContext.telegram().refuse("999");
    JsonNode refused = shop.api.post("/api/v1/settings/channels/telegram/test-message", shop.owner,
        Map.of("address", "999")).expect(200).json();
    assertThat(refused.path("sent").asBoolean()).isFalse();
    assertThat(refused.path("detail").asText()).contains("403");
    shop.api.post("/api/v1/settings/channels/email/test-message", shop.owner,
        Map.of("address", "not-an-address")).expect(400);
  }

  @Test
  void anotherWorkspacesMessageIsNotFound() {
    ShopFixture first = ShopFixture.signup(new CatalogClient(port));
    ShopFixture second = ShopFixture.signup(new CatalogClient(port));
    String id = first.api.post("/api/v1/settings/channels/email/test-message", first.owner,
        Map.of("address", ShopFixture.email())).expect(200).json().path("messageId").asText();

    first.api.get("/api/v1/messages/" + id, first.owner).expect(200);
    second.api.get("/api/v1/messages/" + id, second.owner).expect(404);
    second.api.get("/api/v1/messages/" + UUID.randomUUID(), second.owner).expect(404);
    assertThat(second.api.get("/api/v1/messages", second.owner).expect(200).text())
        .doesNotContain(id);
  }

  @Test
  void quietHoursAreSetInTheWorkspaceTimeZone() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));

    put(shop, "/api/v1/settings/quiet-hours", Map.of("start", "21:00", "end", "08:00")).expect(200);
    assertThat(shop.api.get("/api/v1/settings/quiet-hours", shop.owner).expect(200).json()
        .path("start").asText()).isEqualTo("21:00");
    assertThat(put(shop, "/api/v1/settings/quiet-hours", Map.of("start", "9pm", "end", "08:00"))
        .expect(400).errorFields()).containsExactly("start");
  }

  private static CatalogClient.Response put(ShopFixture shop, String path, Object body) {
    return shop.api.send(HttpMethod.PUT, path, shop.owner, body, Map.of());
  }
}
