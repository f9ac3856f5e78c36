package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The products page and the dashboard in a real browser: an owner creates a product with price, cost
 * and tax, receives stock, and the dashboard lists it as low on stock next to its revenue chart.
 */
@FlowPodIntegrationTest
class AdminPagesBrowserTest extends BrowserStory {

  @Test
  void an_owner_creates_a_product_receives_stock_and_sees_it_on_the_dashboard() {
    Accounts.Owner owner = Accounts.signUpOwner(http, "shopkeeper");
    String email = owner.email();
    browser.open("/app/products.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(email, PASSWORD);
    browser.awaitPage("/app/products.html");

    browser.visible(By.id("new-product")).click();
    browser.type("p-sku", "LAMP-1");
    browser.type("p-name", "Desk lamp");
    browser.type("p-category", "Lighting");
    browser.type("p-price", "12.505");
    browser.find(By.cssSelector("#product-form button[type=submit]")).click();
    // Three decimals is not a euro amount: the problem stands next to the price.
    browser.await(ExpectedConditions.attributeToBe(By.id("p-price"), "aria-invalid", "true"));
    assertThat(browser.find(By.id("p-price-error")).getText()).contains("amount such as 12.50");

    browser.type("p-price", "12.50");
    browser.type("p-cost", "5");
    browser.type("p-tax", "19");
    browser.find(By.cssSelector("#product-form button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Saved Desk lamp."));
    By row = By.cssSelector("tr[data-sku='LAMP-1']");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(row, "€12.50"));

    browser.type("s-delta", "3");
    new Select(browser.find(By.id("s-kind"))).selectByVisibleText("Receipt");
    browser.type("s-reason", "First delivery");
    browser.find(By.cssSelector("#stock-form button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Stock adjusted."));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("stock-levels"), "Main"));
    assertThat(browser.find(By.id("stock-levels")).getText()).contains("3");

    // A reorder rule of its own: the dashboard measures the lamp against it instead of the default.
    browser.type("rule-threshold", "4");
    browser.type("rule-reorderQuantity", "10");
    browser.type("rule-leadTimeDays", "2");
    browser.find(By.cssSelector("#reorder-form button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Reorder rule saved."));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("forecast"), "insufficient-history"));

    browser.open("/app/dashboard.html");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("low-stock"), "Desk lamp"));
    assertThat(browser.find(By.cssSelector("#low-stock tbody tr")).getText())
        .isEqualTo("Desk lamp LAMP-1 3 4");
    assertThat(browser.find(By.id("revenue-month")).getText()).isEqualTo("€0.00");
    assertThat(browser.find(By.cssSelector("#shop-link a")).getAttribute("href"))
        .endsWith("/shop/" + owner.slug());
    assertThat(browser.find(By.id("orders-today")).getText()).isEqualTo("0");
    assertThat(browser.driver().findElements(By.cssSelector("#revenue-svg rect.bar"))).hasSize(30);
    assertThat(browser.find(By.id("revenue-svg")).getAttribute("aria-label"))
        .startsWith("Revenue over the last 30 days: €0.00 in total");
    assertThat(browser.scriptErrors()).isEmpty();
    browser.resize(375, 800);
    assertThat(browser.overflowsHorizontally()).isFalse();
    browser.screenshot("dashboard-phone");
  }
}
