package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.tenancy.Tenants;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data-requests page in a real browser: a manager records a customer's access request, sees it
 * in the list with its deadline, verifies the customer in person, is told what an extension needs,
 * and extends it.
 */
@FlowPodIntegrationTest
class DataRequestsBrowserTest extends BrowserStory {

  @Autowired EmbeddedRuntime runtime;
  @Autowired Tenants tenants;

  @Test
  void a_manager_records_verifies_and_extends_a_request() throws SQLException {
    Accounts.Owner owner = Accounts.signUpOwner(http, "privacy");
    UUID customerId = customerOf(owner);
    browser.open("/app/data-requests.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(owner.email(), PASSWORD);
    browser.awaitPage("/app/data-requests.html");

    browser.type("customerId", customerId.toString());
    browser.type("note", "Asked at the counter for a copy of everything");
    browser.find(By.cssSelector("#create button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("create-status"),
        "Recorded DR-"));
    assertThat(browser.visible(By.cssSelector("#list table")).getText()).contains("ACCESS",
        "AWAITING VERIFICATION");
    assertThat(browser.visible(By.id("detail-body")).getText()).contains("Asked at the counter",
        "not verified yet");

    // extend first: once verified, an access request is answered and closed within seconds
    browser.find(By.cssSelector("#extend button[type=submit]")).click();
    assertThat(browser.visible(By.cssSelector("#extend .field-error")).getText()).contains("Reason");
    browser.type("reason", "Records spread over three systems");
    browser.find(By.cssSelector("#extend button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-status"),
        "Deadline extended"));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"),
        "EXTENDED"));

    browser.find(By.cssSelector("#verify button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-status"),
        "Identity verification recorded."));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-body"),
        "IN_PERSON"));
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("data-requests");
  }

  private UUID customerOf(Accounts.Owner owner) throws SQLException {
    UUID tenantId = tenants.findBySlug(owner.slug()).orElseThrow().id();
    UUID customerId = UUID.randomUUID();
    try (Connection su = runtime.superuserDataSource().getConnection();
        PreparedStatement insert = su.prepareStatement("""
            insert into customers (id, tenant_id, name, email, created_at, updated_at)
            values (?, ?, 'Carla Counter', ?, now(), now())""")) {
      insert.setObject(1, customerId);
      insert.setObject(2, tenantId);
      insert.setString(3, "carla-" + customerId.toString().substring(0, 8) + "@customer.example");
      insert.executeUpdate();
    }
    return customerId;
  }
}
