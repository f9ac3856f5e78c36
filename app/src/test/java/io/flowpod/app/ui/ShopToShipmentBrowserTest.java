package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 3's acceptance story, end to end in a browser: a customer buys two products in the demo shop,
 * pays on the test payment page, staff ships the order from the admin's order page with carrier and
 * tracking number, and the customer's status page then says "Shipped". Every wait polls a condition.
 */
@FlowPodIntegrationTest
class ShopToShipmentBrowserTest extends BrowserStory {

  private static final Duration FLOW_PATIENCE = Duration.ofSeconds(60);
  private static final By ORDER_STATUS = By.id("order-status");

  @Test
  void a_customer_buys_pays_and_sees_the_order_shipped_after_staff_fulfils_it() {
    addToCart("Espresso beans 250 g", 2);
    addToCart("Paper filters (100)", 1);
    assertThat(browser.driver().findElements(By.cssSelector(".cart-line"))).hasSize(2);

    browser.find(By.linkText("Go to checkout")).click();
    browser.awaitPage("/shop/demo/checkout");
    browser.type("name", "Clara Customer");
    browser.type("email", "clara-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
    browser.type("phone", "call me maybe");
    browser.find(By.id("terms")).click();
    browser.find(By.cssSelector("#checkout button[type=submit]")).click();
    // The ordering domain refuses the phone; its field error stands at the phone input.
    assertThat(browser.visible(By.id("phone-error")).getText()).startsWith("Phone must be");
    assertThat(browser.find(By.id("phone")).getAttribute("aria-describedby")).isEqualTo("phone-error");
    browser.find(By.id("phone")).clear();
    if (!browser.find(By.id("terms")).isSelected()) {
      browser.find(By.id("terms")).click();
    }
    browser.find(By.cssSelector("#checkout button[type=submit]")).click();

    browser.await(driver -> driver.getCurrentUrl().matches(".*/shop/demo/orders/\\d+\\?t=.+"));
    String statusUrl = browser.driver().getCurrentUrl();
    String number = statusUrl.replaceAll(".*/orders/(\\d+)\\?.*", "$1");
    assertThat(browser.visible(ORDER_STATUS).getText()).isEqualTo("Awaiting payment");
    // 2 x 8.90 + 4.50 = 22.30 net; 7% of 17.80 = 1.25 (rounded half-up), 19% of 4.50 = 0.86.
    assertThat(browser.find(By.id("order-total")).getText()).isEqualTo("€24.41");

    // The payment request is made by the flow; the page refreshes itself until it is there.
    WebElement payNow = new WebDriverWait(browser.driver(), FLOW_PATIENCE)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-now")));
    payNow.click();
    browser.awaitPage("/pay/test/");
    browser.visible(By.xpath("//button[normalize-space()='Pay']")).click();
    // Leave only once the page confirms the payment: navigating earlier can abort the form's post.
    assertThat(browser.visible(By.cssSelector("[data-outcome]")).getAttribute("data-outcome"))
        .isEqualTo("PAID");

    browser.visible(By.linkText("Back to your order")).click();
    browser.awaitPage("/shop/demo/orders/");
    untilStatus(driver -> statusText(driver).equals("Confirmed"), true);

    // Staff ships it from the admin's order list.
    browser.open("/app/orders.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn("staff@demo.flowpod.local", "demo-password-1");
    browser.awaitPage("/app/orders.html");
    browser.visible(By.cssSelector("tr[data-order='" + number + "'] a")).click();
    browser.await(ExpectedConditions.attributeToBe(ORDER_STATUS, "data-status", "CONFIRMED"));
    browser.type("carrier", "DHL");
    browser.type("trackingNumber", "TRACK-" + number);
    shipUntilAccepted();
    assertThat(browser.find(By.id("order-body")).getText()).contains("TRACK-" + number);
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("order-shipped-admin");

    browser.driver().get(statusUrl);
    untilStatus(driver -> statusText(driver).equals("Shipped"), true);
    assertThat(browser.find(By.id("tracking")).getText()).isEqualTo("TRACK-" + number);
    browser.screenshot("order-shipped-customer");
  }

  private void addToCart(String product, int quantity) {
    browser.open("/shop/demo");
    browser.visible(By.linkText(product)).click();
    browser.type("quantity", Integer.toString(quantity));
    browser.find(By.cssSelector("form.add button[type=submit]")).click();
    browser.awaitPage("/shop/demo/cart");
  }

  private static String statusText(WebDriver driver) {
    return driver.findElement(ORDER_STATUS).getText();
  }

  /** Reloads the customer's status page until the condition holds (the flow moves on its own). */
  private void untilStatus(java.util.function.Function<WebDriver, Boolean> condition, boolean reload) {
    new WebDriverWait(browser.driver(), FLOW_PATIENCE, Duration.ofMillis(500)).until(driver -> {
      if (reload) {
        driver.navigate().refresh();
      }
      return condition.apply(driver);
    });
  }

  /**
   * Submits the ship form until the order is SHIPPED. The fulfilment task opens right after payment
   * confirmation; a submit that came first is refused with a problem, and is then sent again.
   */
  private void shipUntilAccepted() {
    By submit = By.cssSelector("#fulfil-form button[type=submit]");
    By problem = By.cssSelector("#fulfil-form [data-problem]");
    new WebDriverWait(browser.driver(), FLOW_PATIENCE, Duration.ofMillis(500)).until(driver -> {
      String status = driver.findElement(ORDER_STATUS).getAttribute("data-status");
      if ("SHIPPED".equals(status)) {
        return true;
      }
      WebElement button = driver.findElement(submit);
      boolean idle = button.isDisplayed() && button.isEnabled();
      boolean firstTry = !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("return window.__shipTried === true;"));
      if (idle && (firstTry || !driver.findElement(problem).getText().isBlank())) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.__shipTried = true;");
        if (driver.findElement(By.id("carrier")).getAttribute("value").isBlank()) {
          return false;
        }
        button.click();
      }
      return false;
    });
  }
}
