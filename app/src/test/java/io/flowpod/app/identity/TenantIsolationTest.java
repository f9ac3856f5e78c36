package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A second workspace's admin sees nothing of the first: its ids answer 404, its lists stay empty. */
@FlowPodIntegrationTest
class TenantIsolationTest {

  @LocalServerPort
  int port;
  IdentityApi api;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
  }

  @Test
  void anotherWorkspacesIdsAnswer404() {
    Account first = api.signup();
    Account second = api.signup();

    api.get("/api/v1/users/" + first.userId(), second.accessToken()).expectProblem(404, "not-found");
    api.changeRole(first.userId(), "STAFF", api.userETag(first.userId(), first.accessToken()),
        second.accessToken()).expectProblem(404);

    api.get("/api/v1/users/" + first.userId(), first.accessToken()).expect(200);
    assertThat(api.get("/api/v1/auth/me", first.accessToken()).body().path("roles").toString())
        .isEqualTo("[\"OWNER\"]");
  }

  @Test
  void listsShowOnlyTheCallersWorkspace() {
    Account first = api.signup();
    api.invite(first.accessToken(), IdentityApi.unique("f") + "@first.example", "STAFF");
    api.login(first.email(), "wrong-password-here").expectProblem(401);
    Account second = api.signup();

    JsonNode users = api.get("/api/v1/users", second.accessToken()).expect(200).body();
    assertThat(users.path("totalItems").asLong()).isEqualTo(1);
    assertThat(users.path("items").get(0).path("id").asText()).isEqualTo(second.userId().toString());

    JsonNode events = api.get("/api/v1/audit-events?size=100", second.accessToken()).expect(200).body();
    events.path("items").forEach(event -> {
      assertThat(event.path("actorUserId").asText("")).isNotEqualTo(first.userId().toString());
      assertThat(event.path("targetId").asText("")).isNotIn(first.userId().toString(),
          first.tenantId().toString());
    });
    assertThat(events.path("totalItems").asLong()).isPositive();

    api.get("/api/v1/dev/mailbox", second.accessToken()).expect(200).body().path("items")
        .forEach(mail -> assertThat(mail.path("to").asText()).doesNotEndWith("@first.example"));
  }
}
