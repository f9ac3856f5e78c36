package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The policies page in a real browser: an admin edits the order-approval table, tries it on the
 * engine, sees a bad cell named next to it, saves a draft and activates it.
 */
@FlowPodIntegrationTest
class PoliciesBrowserTest extends BrowserStory {

  private static final By FIRST_TOTAL = By.name("rules[0].inputs[0]");

  @Test
  void an_admin_tries_saves_and_activates_an_approval_table() {
    String email = Accounts.signUpOwner(http, "policies").email();
    browser.open("/app/policies.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(email, PASSWORD);
    browser.awaitPage("/app/policies.html");

    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("kind-status"),
        "shipped decision order-approval"));
    WebElement total = browser.visible(FIRST_TOTAL);
    assertThat(total.getAttribute("value")).isEqualTo(">= 50000");
    replace(total, ">= 10000");
    replace(browser.find(By.name("rules[1].inputs[0]")), "< 10000");

    browser.type("sample-totalMinor", "12000");
    browser.find(By.id("evaluate")).click();
    WebElement outcome = browser.visible(By.cssSelector("#outcome [data-outcome=matched]"));
    assertThat(outcome.getText()).contains("Row 1 matched", "approval = \"REVIEW\"");
    assertThat(browser.find(By.cssSelector("#rules tr[data-row='1']")).getAttribute("class"))
        .contains("matched");

    replace(browser.find(FIRST_TOTAL), ">== 10000");
    browser.find(By.id("save")).click();
    WebElement error = browser.visible(By.cssSelector("#editor .field-error"));
    assertThat(error.getText()).startsWith("row 1, Total (minor units): is not a valid FEEL");
    assertThat(browser.find(FIRST_TOTAL).getAttribute("aria-invalid")).isEqualTo("true");

    replace(browser.find(FIRST_TOTAL), ">= 10000");
    browser.type("note", "review from 100.00");
    browser.find(By.id("save")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"),
        "Saved as draft v1"));
    browser.visible(By.cssSelector("#versions tr[data-version='1'] td[data-state=DRAFT]"));

    browser.find(By.xpath("//button[text()='Activate v1']")).click();
    browser.visible(By.cssSelector("#versions tr[data-version='1'] td[data-state=ACTIVE]"));
    assertThat(browser.find(By.id("kind-status")).getText()).startsWith("Active: v1");
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("policies");
  }

  private static void replace(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }
}
