package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.platform.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A storefront visitor fills the registration form in a real browser: a problem is shown at its
 * field in the page's language, then the corrected form registers them.
 */
@FlowPodIntegrationTest
class RegistrationBrowserTest extends BrowserStory {

  @Autowired List<MessageSource> messageSources;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void a_visitor_fixes_a_problem_at_its_field_and_registers() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    String email = ShopFixture.email();
    shop.api.post("/api/v1/public/" + shop.slug + "/registration-links", null,
        Map.of("email", email, "language", "es")).expect(202);
    String link = TenantContext.callAs(shop.tenantId, () -> transactions.execute(status -> {
      UUID id = jdbc.sql("select id from registrations where email = ?").param(email)
          .query(UUID.class).single();
      MessageSource source = messageSources.stream()
          .filter(s -> s.templates().contains("registration.link")).findFirst().orElseThrow();
      return source.draft("registration.link", Map.of("registrationId", id.toString()))
          .params().get("link");
    }));

    browser.open(link.substring(link.indexOf("/c/")));
    assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(email);
    browser.type("name", "Clara Cliente");
    browser.find(By.id("marketing-EMAIL")).click();
    browser.find(By.cssSelector("#register button[type=submit]")).click();

    // the required consent was not ticked: shown at its box, in Spanish, the rest kept
    assertThat(browser.visible(By.id("orderProcessing-error")).getText())
        .contains("Lo necesitamos para registrarte");
    assertThat(browser.find(By.id("orderProcessing")).getAttribute("aria-describedby"))
        .isEqualTo("orderProcessing-error");
    assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Clara Cliente");
    assertThat(browser.find(By.id("marketing-EMAIL")).isSelected()).isTrue();

    browser.find(By.id("orderProcessing")).click();
    new Select(browser.find(By.id("language"))).selectByValue("es");
    browser.find(By.cssSelector("#register button[type=submit]")).click();
    assertThat(browser.visible(By.id("registered")).getText()).contains("Ya estás registrado");
    assertThat(browser.find(By.id("confirmation-sent")).getText()).contains("confirmar");
  }
}
