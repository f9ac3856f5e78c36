package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.operations.OrderIncidents;
import io.flowpod.app.operations.OrderIncidents.Broken;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.payments.Payments;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5's operator story in a browser: an order's confirmation failed because its flow points at
 * an order that does not exist. The owner finds the incident in the ops console, reads what failed,
 * opens the instance, corrects the orderId variable, retries, and the order is confirmed and waits
 * for fulfilment.
 */
@FlowPodIntegrationTest
class OperatorFixesAnOrderBrowserTest extends BrowserStory {

  @Autowired CamundaClient engine;
  @Autowired Payments payments;

  @Test
  void an_operator_corrects_the_order_variable_retries_and_the_order_is_confirmed() {
    CatalogClient api = new CatalogClient(port);
    ShopFixture shop = ShopFixture.signup(api);
    OrderIncidents incidents = new OrderIncidents(api, shop, engine, payments);
    Broken broken = incidents.brokenOrder(shop.product("BEANS-1", 890, 400L, 700));

    browser.open("/app/ops.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(shop.slug + "@owner.example", ShopFixture.PASSWORD);
    browser.awaitPage("/app/ops.html");

    WebElement row = browser.visible(By.cssSelector(
        "#incident-list tr[data-instance='" + broken.instanceKey() + "']"));
    assertThat(row.getText()).contains("Order " + broken.orderNumber())
        .contains("does not exist in this workspace");
    row.findElement(By.linkText("Order " + broken.orderNumber())).click();

    browser.awaitPage("/app/process-instance.html?key=" + broken.instanceKey());
    assertThat(browser.visible(By.cssSelector("[data-incident-key] [data-incident-message]"))
        .getText()).contains("check the process variable orderId");
    browser.await(ExpectedConditions.attributeToBe(
        By.cssSelector("svg.bpmn [data-element-id='Task_ConfirmOrder']"), "data-state", "incident"));
    browser.screenshot("ops-instance-incident");

    browser.type("variableName", "orderId");
    browser.type("variableValue", "\"" + broken.orderId() + "\"");
    clickWhenStable(By.cssSelector("#variables-form button[type=submit]"));
    browser.await(ExpectedConditions.textToBe(
        By.cssSelector("tr[data-variable='orderId'] td"), broken.orderId()));

    clickWhenStable(By.cssSelector("form[data-incident-key] button[type=submit]"));

    browser.await(ExpectedConditions.attributeToBe(
        By.cssSelector("svg.bpmn [data-element-id='Task_FulfilOrder']"), "data-state", "active"));
    assertThat(browser.find(By.id("instance-state")).getAttribute("data-state")).isEqualTo("ACTIVE");
    assertThat(browser.find(By.id("incident-list")).getText()).contains("No open incidents");
    assertThat(incidents.awaitOrderStatus(broken.orderId(), "CONFIRMED").path("status").asText())
        .isEqualTo("CONFIRMED");
    // The flow now waits for staff: the page names the order's fulfilment task (it refreshes itself).
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("task-list"),
        "Order " + broken.orderNumber() + ": pick, pack and ship"));
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("ops-instance-fixed");
  }

  /** The page refreshes the live instance every few seconds: a button may be redrawn under us. */
  private void clickWhenStable(By button) {
    browser.await(driver -> {
      driver.findElement(button).click();
      return true;
    });
  }
}
