package io.flowpod.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.Eventually;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Sets up browser stories through the REST API: a fresh workspace owner, and the caught mails. */
final class Accounts {

  static final String PASSWORD = "correct-horse-battery";

  /** A signed-up workspace owner and the workspace's short name. */
  record Owner(String email, String slug, String accessToken) {}

  private Accounts() {}

  static Owner signUpOwner(TestRestTemplate http, String label) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = label + "-" + suffix + "@example.test";
    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> created = http.postForEntity("/api/v1/auth/signup", Map.of(
        "workspaceName", label + " " + suffix, "workspaceSlug", label + "-" + suffix,
        "timeZone", "Europe/Rome", "currency", "EUR", "locale", "en", "ownerName", "Otto " + label,
        "email", email, "password", PASSWORD), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Owner(email, label + "-" + suffix, (String) created.getBody().get("accessToken"));
  }

  /** The first link in the newest caught mail to {@code to} with this subject part, once it arrived. */
  static URI mailedLink(TestRestTemplate http, Owner owner, String to, String subjectPart) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(owner.accessToken());
    String text = Eventually.await("a mail to " + to, Duration.ofSeconds(20), () -> {
      @SuppressWarnings("rawtypes")
      Map box = http.exchange("/api/v1/dev/mailbox", HttpMethod.GET, new HttpEntity<>(headers), Map.class)
          .getBody();
      @SuppressWarnings("unchecked")
      List<Map<String, String>> items = (List<Map<String, String>>) box.get("items");
      return items.stream()
          .filter(mail -> mail.get("to").contains(to) && mail.get("subject").contains(subjectPart))
          .map(mail -> mail.get("text"))
          .findFirst().orElse(null);
    }, found -> found != null);
    return URI.create(text.replaceAll("(?s).*?(https?://\\S+).*", "$1"));
  }
}
