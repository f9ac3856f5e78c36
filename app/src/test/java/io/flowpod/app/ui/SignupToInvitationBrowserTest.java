package io.flowpod.app.ui;

import static io.flowpod.app.ui.Accounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The foundation's acceptance story in a real browser: a new user signs up through the page, lands in
 * admin, invites a colleague, finds the invitation in the embedded mailbox, and the colleague follows
 * the mailed link, chooses a password, logs in and sees the workspace.
 */
@FlowPodIntegrationTest
class SignupToInvitationBrowserTest extends BrowserStory {

  @Test
  void owner_signs_up_invites_a_colleague_who_joins_through_the_mailed_link() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String workspace = "Bakery " + suffix;
    String ownerEmail = "owner-" + suffix + "@example.test";
    String colleagueEmail = "colleague-" + suffix + "@example.test";

    // The landing page leads to sign-up.
    browser.open("/");
    browser.visible(By.linkText("Create a workspace")).click();
    browser.awaitPage("/app/signup.html");

    // Time zone and language come from the browser; the short name follows the workspace name.
    assertThat(browser.visible(By.id("timeZone")).getDomProperty("value")).isNotBlank();
    assertThat(browser.find(By.id("locale")).getDomProperty("value")).isEqualTo("en-US");
    browser.type("workspaceName", workspace);
    assertThat(browser.find(By.id("workspaceSlug")).getDomProperty("value"))
        .isEqualTo("bakery-" + suffix);
    browser.type("ownerName", "Olivia Owner");
    browser.type("email", ownerEmail);
    browser.type("password", PASSWORD);
    browser.find(By.cssSelector("#signup button[type=submit]")).click();

    // Admin shows the workspace, the owner and the owner's role.
    browser.awaitPage("/app/admin.html");
    browser.await(ExpectedConditions.textToBe(By.id("workspace-title"), workspace));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-user]"), "Owner"));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("users-list"), ownerEmail));

    // Invite a colleague as staff; the invitation mail shows up in the mailbox with a working link.
    browser.type("invite-email", colleagueEmail);
    browser.type("invite-name", "Carl Colleague");
    new Select(browser.find(By.id("invite-role"))).selectByValue("STAFF");
    browser.find(By.cssSelector("#invite button[type=submit]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-status"),
        "Invitation sent to " + colleagueEmail));
    WebElement mail = browser.visible(By.xpath(
        "//section[@id='mailbox']//article[.//p[contains(., '" + colleagueEmail + "')]]"));
    assertThat(mail.findElement(By.tagName("h3")).getText()).contains(workspace);
    URI link = URI.create(mail.findElement(By.cssSelector("pre a[href*='?token=']")).getDomAttribute("href"));
    assertThat(link.getPath()).endsWith("/accept-invitation.html");
    assertThat(link.getPort()).as("the mailed link names the port the server listens on").isEqualTo(port);
    assertThat(browser.scriptErrors()).isEmpty();
    browser.screenshot("admin");
    browser.resize(390, 844);
    assertThat(browser.overflowsHorizontally()).as("admin page scrolls sideways at phone width").isFalse();
    browser.screenshot("admin-phone");
    browser.resize(1280, 1000);

    // The colleague follows the link, chooses a name and a password. The link's origin is
    // flowpod.public-url (the deployment's public address): follow its path and token on this server.
    browser.open(link.getRawPath() + "?" + link.getRawQuery());
    browser.awaitPage("/app/accept-invitation.html?token=" + link.getRawQuery().substring("token=".length()));
    browser.type("displayName", "Carl Colleague");
    browser.type("password", PASSWORD);
    browser.type("confirmPassword", PASSWORD + "-typo");
    browser.find(By.cssSelector("#accept button[type=submit]")).click();
    assertThat(browser.visible(By.id("confirmPassword-error")).getText()).contains("does not match");
    assertThat(browser.find(By.id("confirmPassword")).getDomAttribute("aria-invalid")).isEqualTo("true");
    browser.type("confirmPassword", PASSWORD);
    browser.find(By.cssSelector("#accept button[type=submit]")).click();

    // Accepting signs the colleague in: they see the workspace, with their own role.
    browser.awaitPage("/app/admin.html");
    browser.await(ExpectedConditions.textToBe(By.id("workspace-title"), workspace));
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-user]"),
        "Carl Colleague · Staff"));
    assertThat(browser.find(By.id("invite")).isDisplayed()).as("staff cannot invite").isFalse();

    // After logging out, the admin page sends them to login, and their new password brings them back.
    browser.find(By.cssSelector("[data-logout]")).click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "You are logged out."));
    browser.open("/app/admin.html");
    browser.awaitPage("/app/login.html?next=");
    browser.logIn(colleagueEmail, PASSWORD);
    browser.awaitPage("/app/admin.html");
    browser.await(ExpectedConditions.textToBe(By.id("workspace-title"), workspace));
    assertThat(browser.scriptErrors()).isEmpty();
  }

  @Test
  void wrong_credentials_are_explained_on_the_login_page() {
    browser.open("/app/login.html");
    browser.logIn("nobody-" + UUID.randomUUID() + "@example.test", "not-the-password");

    WebElement problem = browser.visible(By.cssSelector("#login [data-problem]"));
    assertThat(problem.getText()).contains("Sign-in failed").contains("Email or password is wrong");
    assertThat(browser.driver().getCurrentUrl()).contains("/app/login.html");
  }

  @Test
  void field_errors_from_the_server_appear_next_to_their_inputs() {
    browser.open("/app/signup.html");
    browser.type("workspaceName", "Field errors");
    browser.type("timeZone", "Mars/Olympus_Mons");
    browser.type("ownerName", "Fiona");
    browser.type("email", "fiona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
    browser.type("password", PASSWORD);
    browser.find(By.cssSelector("#signup button[type=submit]")).click();

    WebElement error = browser.visible(By.id("timeZone-error"));
    assertThat(error.getText()).startsWith("Time zone").contains("IANA");
    assertThat(browser.find(By.id("timeZone")).getDomAttribute("aria-describedby")).contains("timeZone-error");
    assertThat(browser.find(By.cssSelector("#signup [data-problem] strong")).getText()).isNotBlank();
    assertThat(browser.driver().getCurrentUrl()).contains("/app/signup.html");
    browser.screenshot("signup-field-errors");
  }
}
