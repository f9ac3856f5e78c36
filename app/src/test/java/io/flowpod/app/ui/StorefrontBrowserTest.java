package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpStatus;

/**
 * The demo shop in a real browser without any script: search and category filter, a product page,
 * the cookie cart, and checkout problems shown at their fields; unknown shops answer the 404 page.
 */
@FlowPodIntegrationTest
class StorefrontBrowserTest extends BrowserStory {

  private static final By PRODUCT_NAMES = By.cssSelector(".product-card h2 a");

  @Test
  void searches_the_catalog_fills_the_cart_and_shows_checkout_problems_at_their_fields() {
    browser.open("/shop/demo");
    assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Demo Shop");
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(names()).contains("Espresso beans 250 g", "Stoneware mug", "Sencha green tea 100 g");

    browser.type("q", "beans");
    browser.find(By.cssSelector("form.search button[type=submit]")).click();
    browser.await(driver -> driver.getCurrentUrl().contains("q=beans"));
    assertThat(names()).containsExactly("Decaf beans 250 g", "Espresso beans 250 g");

    browser.find(By.id("q")).clear();
    new Select(browser.find(By.id("category"))).selectByVisibleText("Tea");
    browser.find(By.cssSelector("form.search button[type=submit]")).click();
    browser.await(driver -> driver.getCurrentUrl().contains("category=Tea"));
    assertThat(names()).containsExactly("Masala chai 150 g", "Sencha green tea 100 g");

    browser.open("/shop/demo?q=mug");
    browser.find(By.linkText("Stoneware mug")).click();
    assertThat(browser.visible(By.id("price")).getText()).isEqualTo("€18.00");
    browser.type("quantity", "2");
    browser.find(By.cssSelector("form.add button[type=submit]")).click();
    browser.awaitPage("/shop/demo/cart");
    assertThat(browser.visible(By.id("subtotal")).getText()).isEqualTo("€36.00");
    // 19% tax on 36.00 is 6.84.
    assertThat(browser.find(By.id("total")).getText()).isEqualTo("€42.84");

    WebElement quantity = browser.find(By.cssSelector(".cart-line input[name=quantity]"));
    quantity.clear();
    quantity.sendKeys("1");
    browser.find(By.xpath("//button[normalize-space()='Update']")).click();
    browser.await(ExpectedConditions.textToBe(By.id("subtotal"), "€18.00"));

    browser.find(By.linkText("Go to checkout")).click();
    browser.awaitPage("/shop/demo/checkout");
    browser.type("name", "Clara Customer");
    browser.type("email", "not-an-address");
    browser.find(By.cssSelector("#checkout button[type=submit]")).click();

    WebElement emailError = browser.visible(By.id("email-error"));
    assertThat(emailError.getText()).contains("e-mail address");
    WebElement email = browser.find(By.id("email"));
    assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(email.getAttribute("aria-describedby")).isEqualTo("email-error");
    assertThat(browser.find(By.id("terms")).getAttribute("aria-describedby")).isEqualTo("terms-error");
    assertThat(browser.find(By.id("terms-error")).getText()).contains("Accept the terms");
    assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Clara Customer");
    assertThat(browser.find(By.id("name")).getAttribute("aria-invalid")).isNull();
    assertThat(browser.find(By.id("checkout-problems")).getText()).contains("Please check your details");

    // One column on a phone, nothing wider than the screen.
    browser.resize(375, 800);
    browser.open("/shop/demo");
    assertThat(browser.overflowsHorizontally()).isFalse();
    browser.open("/shop/demo/cart");
    assertThat(browser.overflowsHorizontally()).isFalse();
    browser.screenshot("shop-cart-phone");
  }

  @Test
  void unknown_shops_products_and_order_links_answer_the_not_found_page() {
    assertThat(http.getForEntity("/shop/no-such-shop", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/shop/demo/products/" + java.util.UUID.randomUUID(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/shop/demo/orders/1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    browser.open("/shop/no-such-shop");
    assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("We could not find that page");
  }

  private List<String> names() {
    return browser.await(driver -> driver.findElements(PRODUCT_NAMES)).stream()
        .map(WebElement::getText).toList();
  }
}
