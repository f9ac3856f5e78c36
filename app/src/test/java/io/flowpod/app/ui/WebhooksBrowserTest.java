package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.webhooks.TestWebhookReceiver;
import io.flowpod.app.webhooks.WebhookTestContext;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The webhooks page in a real browser: an admin adds an endpoint, copies the secret shown once, a
 * private address is refused next to the URL field, a test event reaches the receiver and shows in
 * the delivery log.
 */
@FlowPodIntegrationTest
class WebhooksBrowserTest extends BrowserStory {

  @Test
  void an_admin_adds_an_endpoint_sees_the_secret_once_and_follows_a_test_delivery() {
    TestWebhookReceiver receiver = WebhookTestContext.receiver();
    String path = "/hooks/browser-" + UUID.randomUUID();
    String email = Accounts.signUpOwner(http, "webhooks").email();
    browser.open("/app/webhooks.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(email, PASSWORD);
    browser.awaitPage("/app/webhooks.html");

    browser.visible(By.cssSelector("#event-types input[value='order.created']"));
    browser.type("url", "http://10.0.0.5/hook");
    browser.find(By.cssSelector("#create button[type=submit]")).click();
    WebElement error = browser.visible(By.cssSelector("#create .field-error"));
    assertThat(error.getText()).contains("private, loopback");

    browser.type("url", receiver.url(path));
    browser.type("description", "ERP");
    browser.find(By.cssSelector("#create button[type=submit]")).click();
    WebElement secret = browser.visible(By.id("secret"));
    assertThat(secret.getText()).startsWith("whsec_");
    browser.find(By.id("secret-done")).click();
    assertThat(browser.find(By.id("secret")).getText()).isEmpty();
    browser.visible(By.xpath("//td[text()='" + receiver.url(path) + "']"));

    browser.find(By.xpath("//button[text()='Send test']")).click();
    browser.visible(By.id("deliveries"));
    Eventually.await("the test event", Duration.ofSeconds(30), () -> receiver.at(path),
        list -> !list.isEmpty());
    browser.await(driver -> {
      if (driver.findElement(By.id("deliveries")).getText().contains("SUCCEEDED")) {
        return true;
      }
      driver.findElement(By.id("log-refresh")).click();
      return false;
    });
    assertThat(browser.find(By.id("deliveries")).getText()).contains("ping", "200");
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("webhooks");
  }
}
