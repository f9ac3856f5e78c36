package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The super-admin's tenants page: find a workspace, suspend it with a reason, reactivate it. */
@FlowPodIntegrationTest
class TenantsBrowserTest extends BrowserStory {

  // The embedded demo data's platform operator.
  private static final String SUPER_ADMIN = "superadmin@flowpod.local";
  private static final String SUPER_ADMIN_PASSWORD = "demo-password-1";

  @Test
  void the_super_admin_suspends_a_workspace_with_a_reason_and_reactivates_it() {
    String slug = Accounts.signUpOwner(http, "tenant").slug();

    browser.open("/app/login.html");
    browser.logIn(SUPER_ADMIN, SUPER_ADMIN_PASSWORD);
    browser.awaitPage("/app/tenants.html");

    By row = By.cssSelector("tr[data-tenant='" + slug + "']");
    pageUntil(row);
    assertThat(browser.find(row).getText()).contains("ACTIVE");

    browser.find(row).findElement(By.xpath(".//button[contains(., 'Suspend')]")).click();
    browser.type("reason", "Unpaid invoices since March");
    browser.find(By.cssSelector("#suspend-form button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(row, "SUSPENDED"));
    assertThat(browser.find(row).getText()).contains("Unpaid invoices since March");
    assertThat(browser.find(By.id("notice")).getText()).contains("Suspended: ").contains(slug);
    browser.screenshot("tenants");

    browser.find(row).findElement(By.xpath(".//button[contains(., 'Reactivate')]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(row, "ACTIVE"));
    assertThat(browser.find(row).getText()).doesNotContain("SUSPENDED");
    assertThat(browser.scriptErrors()).isEmpty();
  }

  /** The list is paged oldest first; other tests create workspaces too, so page until it shows. */
  private void pageUntil(By row) {
    browser.visible(By.cssSelector("#tenants-list table"));
    while (browser.driver().findElements(row).isEmpty()) {
      By caption = By.cssSelector("#tenants-list caption");
      String before = browser.await(driver -> driver.findElement(caption).getText());
      WebElement next = browser.find(By.id("next-page"));
      assertThat(next.isEnabled()).as("a next page while the workspace is not listed").isTrue();
      next.click();
      browser.await(driver -> !driver.findElement(caption).getText().equals(before));
    }
  }
}
