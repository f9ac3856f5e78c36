package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ops console in a real browser: component health, and a flow check that runs to completion. */
@FlowPodIntegrationTest
class OpsConsoleBrowserTest extends BrowserStory {

  @Test
  void shows_component_health_and_runs_a_flow_check_to_completion() {
    String email = Accounts.signUpOwner(http, "ops").email();

    // Unauthenticated, the console sends the operator to login and back.
    browser.open("/app/ops.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(email, PASSWORD);
    browser.awaitPage("/app/ops.html");

    for (String component : List.of("db", "redis", "engine", "processes")) {
      WebElement row = browser.visible(By.cssSelector("tr[data-component='" + component + "']"));
      assertThat(row.findElement(By.tagName("td")).getText()).as(component).isEqualTo("UP");
    }
    assertThat(browser.find(By.id("health-overall")).getText()).isEqualTo("UP");

    browser.type("delaySeconds", "1");
    browser.find(By.cssSelector("#flow-check-form button[type=submit]")).click();
    browser.await(ExpectedConditions.attributeToBe(By.id("flow-check-status"), "data-status", "COMPLETED"));
    assertThat(browser.find(By.id("flow-check-status")).getText())
        .startsWith("COMPLETED in ").contains("the pipeline works end to end");
    browser.visible(By.cssSelector("#resumptions-list p, #resumptions-list table"));
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("ops");
  }
}
