package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@FlowPodIntegrationTest
class InvitationTest {

  @LocalServerPort
  int port;
  @Autowired
  EmbeddedRuntime runtime;
  IdentityApi api;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
  }

  @Test
  void anAcceptedInvitationCreatesAUserWhoCanSignIn() {
    Account owner = api.signup();
    String email = IdentityApi.unique("sam") + "@staff.example";

    JsonNode invitation = api.post("/api/v1/users/invitations",
        Map.of("email", email, "role", "STAFF", "displayName", "Sam"), owner.accessToken())
        .expect(201).body();
    assertThat(invitation.path("role").asText()).isEqualTo("STAFF");
    assertThat(invitation.path("expiresAt").asText()).isNotBlank();
    JsonNode mail = api.awaitMail(owner.accessToken(), email, "invited");
    assertThat(mail.path("text").asText()).contains("Olga Owner").contains("as staff");

    JsonNode account = api.post("/api/v1/auth/invitations/accept",
        Map.of("token", IdentityApi.linkToken(mail), "password", IdentityApi.PASSWORD)).expect(201).body();

    assertThat(account.path("tenantId").asText()).isEqualTo(owner.tenantId().toString());
    String access = api.accessToken(email, IdentityApi.PASSWORD);
    JsonNode me = api.get("/api/v1/auth/me", access).expect(200).body();
    assertThat(me.path("displayName").asText()).isEqualTo("Sam");
    assertThat(me.path("roles").toString()).isEqualTo("[\"STAFF\"]");
    assertThat(me.path("tenantId").asText()).isEqualTo(owner.tenantId().toString());
  }

  @Test
  void anInvitationWorksOnce() {
    Account owner = api.signup();
    String email = IdentityApi.unique("kim") + "@staff.example";
    String token = api.invite(owner.accessToken(), email, "MANAGER");
    Map<String, String> acceptance = Map.of("token", token, "displayName", "Kim",
        "password", IdentityApi.PASSWORD);

    api.post("/api/v1/auth/invitations/accept", acceptance).expect(201);

    api.post("/api/v1/auth/invitations/accept", acceptance).expectProblem(410);
  }

  @Test
  void anExpiredInvitationIsGone() {
    Account owner = api.signup();
    String email = IdentityApi.unique("late") + "@staff.example";
    String token = api.invite(owner.accessToken(), email, "STAFF");
    new JdbcTemplate(runtime.superuserDataSource()).update(
        "update invitations set expires_at = now() - interval '1 second' where lower(email) = ?", email);

    api.post("/api/v1/auth/invitations/accept",
        Map.of("token", token, "displayName", "Late", "password", IdentityApi.PASSWORD))
        .expectProblem(410);

    api.login(email, IdentityApi.PASSWORD).expectProblem(401);
  }

  @Test
  void anAdminCannotInviteAnOwnerButMayInviteAnAdmin() {
    Account owner = api.signup();
    String admin = api.join(owner.accessToken(), "ADMIN", "Adam").accessToken();

    api.post("/api/v1/users/invitations", Map.of("email", IdentityApi.unique("o") + "@x.example",
        "role", "OWNER"), admin).expectProblem(403);
    api.post("/api/v1/users/invitations", Map.of("email", IdentityApi.unique("a") + "@x.example",
        "role", "ADMIN"), admin).expect(201);
  }

  @Test
  void staffCannotInvite() {
    Account owner = api.signup();
    String staff = api.join(owner.accessToken(), "STAFF", "Stu").accessToken();

    api.post("/api/v1/users/invitations", Map.of("email", "x@x.example", "role", "STAFF"), staff)
        .expectProblem(403);
  }

  @Test
  void invitingAnExistingAccountOrNonsenseIsRefused() {
    Account owner = api.signup();
    Account other = api.signup();

    api.post("/api/v1/users/invitations", Map.of("email", other.email(), "role", "STAFF"),
        owner.accessToken()).expectProblem(409);
    JsonNode invalid = api.post("/api/v1/users/invitations",
        Map.of("email", "nope", "role", "SUPER_ADMIN"), owner.accessToken()).expectProblem(400).body();
    List<String> fields = new ArrayList<>();
    invalid.path("errors").forEach(e -> fields.add(e.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("email", "role");
  }

  @Test
  void usersAreListedInPagesOldestFirst() {
    Account owner = api.signup();
    api.join(owner.accessToken(), "STAFF", "ann");
    api.join(owner.accessToken(), "STAFF", "ben");

    JsonNode firstPage = api.get("/api/v1/users?page=0&size=2", owner.accessToken()).expect(200).body();
    JsonNode secondPage = api.get("/api/v1/users?page=1&size=2", owner.accessToken()).expect(200).body();
    JsonNode defaults = api.get("/api/v1/users", owner.accessToken()).expect(200).body();

    assertThat(firstPage.path("totalItems").asLong()).isEqualTo(3);
    assertThat(firstPage.path("page").asInt()).isZero();
    assertThat(firstPage.path("size").asInt()).isEqualTo(2);
    assertThat(firstPage.path("items").get(0).path("role").asText()).isEqualTo("OWNER");
    assertThat(firstPage.path("items").get(1).path("displayName").asText()).isEqualTo("ann");
    assertThat(secondPage.path("items")).hasSize(1);
    assertThat(secondPage.path("items").get(0).path("displayName").asText()).isEqualTo("ben");
    assertThat(defaults.path("size").asInt()).isEqualTo(20);
    assertThat(api.get("/api/v1/users?size=101", owner.accessToken()).expectProblem(400, "validation")
        .body().path("errors").get(0).path("field").asText()).isEqualTo("size");
    assertThat(api.get("/api/v1/users?page=-1", owner.accessToken()).expectProblem(400, "validation")
        .body().path("errors").get(0).path("field").asText()).isEqualTo("page");
  }
}
