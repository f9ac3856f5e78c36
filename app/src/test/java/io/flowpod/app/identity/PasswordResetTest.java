package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.identity.PasswordResets;
import io.flowpod.domain.platform.TenantContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@FlowPodIntegrationTest
class PasswordResetTest {

  static final String NEW_PASSWORD = "a-brand-new-secret";

  @LocalServerPort
  int port;
  @Autowired
  EmbeddedRuntime runtime;
  @Autowired
  PasswordResets passwordResets;
  @Autowired
  PlatformTransactionManager transactionManager;
  IdentityApi api;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
  }

  @Test
  void theMailedLinkSetsANewPasswordOnce() {
    Account owner = api.signup();

    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    JsonNode mail = api.awaitMail(owner.accessToken(), owner.email(), "Reset your FlowPod password");
    String token = IdentityApi.linkToken(mail);

    api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD))
        .expect(204);

    api.login(owner.email(), IdentityApi.PASSWORD).expectProblem(401);
    api.login(owner.email(), NEW_PASSWORD).expect(200);
    JsonNode second = api.post("/api/v1/auth/password-reset/confirm",
        Map.of("token", token, "newPassword", "yet-another-secret")).expectProblem(410, "link-expired")
        .body();
    assertThat(second.path("detail").asText()).contains("expired or was already used");
    api.login(owner.email(), NEW_PASSWORD).expect(200);
  }

  @Test
  void completingAResetSignsOutEverySession() {
    Account owner = api.signup();
    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    String token = IdentityApi.linkToken(api.awaitMail(owner.accessToken(), owner.email(), "Reset"));

    api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD))
        .expect(204);

    api.refresh(owner.refreshToken()).expectProblem(401);
  }

  @Test
  void theMailCarriesTheTenantHeader() {
    Account owner = api.signup();
    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    api.awaitMail(owner.accessToken(), owner.email(), "Reset");

    var caught = java.util.Arrays.stream(runtime.mail().getReceivedMessages())
        .filter(m -> header(m, "X-FlowPod-Tenant").equals(owner.tenantId().toString()))
        .toList();

    assertThat(caught).hasSize(1);
  }

  @Test
  void unknownEmailAnswersTheSameAndSendsNothing() {
    Account owner = api.signup();
    String unknown = "ghost-" + owner.email();

    api.post("/api/v1/auth/password-reset", Map.of("email", unknown)).expect(202);
    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    api.awaitMail(owner.accessToken(), owner.email(), "Reset");

    String superAdmin = api.accessToken(IdentityApi.SUPER_ADMIN, IdentityApi.DEMO_PASSWORD);
    JsonNode all = api.get("/api/v1/dev/mailbox", superAdmin).expect(200).body().path("items");
    all.forEach(mail -> assertThat(mail.path("to").asText()).isNotEqualTo(unknown));
  }

  @Test
  void anExpiredLinkIsGone() {
    Account owner = api.signup();
    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    String token = IdentityApi.linkToken(api.awaitMail(owner.accessToken(), owner.email(), "Reset"));
    new JdbcTemplate(runtime.superuserDataSource()).update(
        "update password_resets set expires_at = now() - interval '1 minute' where user_id = ?",
        owner.userId());

    api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD))
        .expectProblem(410);

    api.login(owner.email(), IdentityApi.PASSWORD).expect(200);
  }

  @Test
  void unknownTokenAndWeakPasswordAreRefused() {
    api.post("/api/v1/auth/password-reset/confirm",
        Map.of("token", "made-up", "newPassword", NEW_PASSWORD)).expectProblem(400, "invalid-link");
    JsonNode weak = api.post("/api/v1/auth/password-reset/confirm",
        Map.of("token", "made-up", "newPassword", "short")).expectProblem(400).body();
    assertThat(weak.path("errors").get(0).path("field").asText()).isEqualTo("newPassword");
  }

  @Test
  void aRolledBackRequestSendsNoMail() {
    Account owner = api.signup();
    TransactionTemplate outer = new TransactionTemplate(transactionManager);

    TenantContext.runAs(owner.tenantId(), () -> outer.executeWithoutResult(tx -> {
      passwordResets.request(owner.email());
      tx.setRollbackOnly();
    }));
    api.post("/api/v1/auth/password-reset", Map.of("email", owner.email())).expect(202);
    api.awaitMail(owner.accessToken(), owner.email(), "Reset");

    JdbcTemplate db = new JdbcTemplate(runtime.superuserDataSource());
    assertThat(db.queryForObject("select count(*) from password_resets where user_id = ?", Long.class,
        owner.userId())).isEqualTo(1);
    long mails = java.util.Arrays.stream(runtime.mail().getReceivedMessages())
        .filter(m -> header(m, "X-FlowPod-Tenant").equals(owner.tenantId().toString()))
        .count();
    assertThat(mails).isEqualTo(1);
  }

  private static String header(jakarta.mail.internet.MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, null);
      return value == null ? "" : value;
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
