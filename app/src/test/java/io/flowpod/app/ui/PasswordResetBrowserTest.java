package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Forgot password, the mailed link, a new password, and a login with it, all through the pages. */
@FlowPodIntegrationTest
class PasswordResetBrowserTest extends BrowserStory {

  private static final String NEW_PASSWORD = "a-brand-new-secret";

  @Test
  void a_user_resets_a_forgotten_password_through_the_mailed_link() {
    Accounts.Owner owner = Accounts.signUpOwner(http, "reset");

    browser.open("/app/login.html");
    browser.visible(By.linkText("Forgot your password?")).click();
    browser.awaitPage("/app/forgot-password.html");
    browser.type("email", owner.email());
    browser.find(By.cssSelector("#forgot button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "reset link is on its way"));

    URI link = Accounts.mailedLink(http, owner, owner.email(), "password");
    assertThat(link.getPath()).endsWith("/reset-password.html");
    assertThat(link.getPort()).as("the mailed link names the port the server listens on").isEqualTo(port);
    browser.open(link.getRawPath() + "?" + link.getRawQuery());
    browser.awaitPage("/app/reset-password.html?" + link.getRawQuery());
    browser.type("newPassword", NEW_PASSWORD);
    browser.type("confirmPassword", NEW_PASSWORD);
    browser.find(By.cssSelector("#reset button[type=submit]")).click();

    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "Your password was changed"));
    browser.logIn(owner.email(), PASSWORD);
    assertThat(browser.visible(By.cssSelector("#login [data-problem]")).getText()).contains("Sign-in failed");

    assertThat(browser.driver().getCurrentUrl()).contains("/app/login.html");
    browser.logIn(owner.email(), NEW_PASSWORD);
    browser.awaitPage("/app/admin.html");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-user]"), "Owner"));
    assertThat(browser.scriptErrors()).isEmpty();
  }

  @Test
  void a_reset_page_without_its_token_explains_instead_of_failing_later() {
    browser.open("/app/reset-password.html");
    assertThat(browser.visible(By.cssSelector("#reset [data-problem]")).getText())
        .contains("This link is incomplete");
    assertThat(browser.find(By.cssSelector("#reset button[type=submit]")).isEnabled()).isFalse();
  }
}
