package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The staff inbox in a real browser: stock falling below a product's reorder threshold opens a
 * purchase task; the owner claims it and completes it through the form built from its fields.
 */
@FlowPodIntegrationTest
class InboxBrowserTest extends BrowserStory {

  @Test
  void a_low_stock_purchase_task_is_claimed_and_completed_through_its_generated_form() {
    Accounts.Owner owner = Accounts.signUpOwner(http, "inbox");
    @SuppressWarnings("rawtypes")
    Map product = call(owner, HttpMethod.POST, "/api/v1/products",
        Map.of("sku", "BULB-1", "name", "Bulb", "priceMinor", 300)).getBody();
    String id = (String) product.get("id");
    call(owner, HttpMethod.PUT, "/api/v1/products/" + id + "/reorder-rule",
        Map.of("threshold", 5, "reorderQuantity", 20, "leadTimeDays", 3));
    call(owner, HttpMethod.POST, "/api/v1/stock/adjustments",
        Map.of("productId", id, "quantityDelta", 10, "kind", "RECEIPT", "reason", "delivery"));
    call(owner, HttpMethod.POST, "/api/v1/stock/adjustments",
        Map.of("productId", id, "quantityDelta", -6, "reason", "broken"));

    browser.open("/app/inbox.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(owner.email(), PASSWORD);
    browser.awaitPage("/app/inbox.html");

    By row = By.cssSelector("tr[data-form='replenishment-purchase']");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(500)).until(driver -> {
      if (!driver.findElements(row).isEmpty()) {
        return true;
      }
      driver.findElement(By.id("tasks-refresh")).click();
      return false;
    });
    assertThat(browser.find(row).getText()).contains("BULB-1").contains("Nobody yet");
    browser.find(row).findElement(By.xpath(".//button[normalize-space()='Claim']")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(row, "You"));

    browser.find(row).findElement(By.xpath(".//button[normalize-space()='Open']")).click();
    browser.visible(By.id("field-supplier"));
    browser.find(By.cssSelector("#task-form button[type=submit]")).click();
    browser.await(ExpectedConditions.attributeToBe(By.id("field-supplier"), "aria-invalid", "true"));

    browser.type("field-supplier", "Acme Lighting");
    browser.type("field-quantity", "20");
    WebElement expected = browser.find(By.id("field-expectedDate"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
        expected, LocalDate.now().plusDays(5).toString());
    browser.find(By.cssSelector("#task-form button[type=submit]")).click();
    By problem = By.cssSelector("#task-form [data-problem]");
    browser.await(driver -> driver.findElement(By.id("notice")).getText().startsWith("Done: ")
        || !driver.findElement(problem).getText().isBlank());
    assertThat(browser.find(problem).getText()).as("the task form's problem").isBlank();
    browser.await(ExpectedConditions.invisibilityOfElementLocated(row));
    assertThat(browser.scriptErrors()).isEmpty();
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> call(Accounts.Owner owner, HttpMethod method, String path,
      Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(owner.accessToken());
    ResponseEntity<Map> answer = http.exchange(path, method, new HttpEntity<>(body, headers),
        Map.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
    return answer;
  }
}
