package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.conversations.ChatFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversations page in a real browser: a customer's WhatsApp message arrives through the signed
 * webhook, the owner finds it unanswered, opens the thread, is told WhatsApp needs a template after 24
 * hours, and blocks the sender.
 */
@FlowPodIntegrationTest
class ConversationsBrowserTest extends BrowserStory {

  @Autowired Tenants tenants;
  @Autowired TenantTransactions transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ChannelSettings settings;
  @Autowired ChatIdentities identities;

  @Test
  void an_unanswered_whatsapp_message_is_opened_refused_outside_the_window_and_its_sender_blocked() {
    Accounts.Owner owner = Accounts.signUpOwner(http, "convo");
    ChatFixture chat = new ChatFixture(port, tenants.findBySlug(owner.slug()).orElseThrow().id(),
        owner.slug(), transactions, jdbc, settings, identities);
    String number = ChatFixture.whatsAppNumber();
    chat.customer("Ada Lovelace", Map.of(Channel.WHATSAPP, number));
    assertThat(chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(), number, "Is my tea in stock?",
        Instant.now().minus(Duration.ofHours(30)))).status()).isEqualTo(200);

    browser.open("/app/conversations.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(owner.email(), PASSWORD);
    browser.awaitPage("/app/conversations.html");

    By row = By.cssSelector("tr[data-conversation]");
    browser.visible(row);
    assertThat(browser.find(row).getText()).contains("Ada Lovelace").contains("UNANSWERED")
        .contains("WhatsApp");
    browser.find(row).findElement(By.xpath(".//button[normalize-space()='Open']")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-messages"),
        "Is my tea in stock?"));

    browser.type("reply-text", "Yes, it is!");
    browser.find(By.cssSelector("#reply-form button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("#reply-form [data-problem]"), "template"));

    browser.find(By.xpath("//button[normalize-space()='Block sender']")).click();
    browser.await(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//button[normalize-space()='Unblock sender']")));
    assertThat(browser.scriptErrors()).isEmpty();
  }
}
