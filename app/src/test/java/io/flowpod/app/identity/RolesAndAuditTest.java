package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.identity.IdentityApi.Member;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Who may do what, role changes, and the audit trail they leave. */
@FlowPodIntegrationTest
class RolesAndAuditTest {

  @LocalServerPort
  int port;
  IdentityApi api;
  Account owner;

  @BeforeEach
  void setUp() {
    api = new IdentityApi(port);
    owner = api.signup();
  }

  private Member join(String role) {
    return api.join(owner.accessToken(), role, role);
  }

  @Test
  void rolesGateTheIdentityEndpoints() {
    Member staff = join("STAFF");
    Member manager = join("MANAGER");
    Member admin = join("ADMIN");

    api.get("/api/v1/users", staff.accessToken()).expectProblem(403);
    api.get("/api/v1/users", manager.accessToken()).expect(200);
    api.get("/api/v1/audit-events", manager.accessToken()).expectProblem(403);
    api.get("/api/v1/audit-events", admin.accessToken()).expect(200);
    api.get("/api/v1/dev/mailbox", staff.accessToken()).expectProblem(403);
    api.get("/api/v1/dev/mailbox", admin.accessToken()).expect(200);
    api.get("/api/v1/auth/me", staff.accessToken()).expect(200);
    api.get("/api/v1/flow-resumptions", staff.accessToken()).expectProblem(403, "forbidden");
    api.get("/api/v1/flow-resumptions", manager.accessToken()).expect(200);
    api.post("/api/v1/flow-checks", Map.of("delaySeconds", 0), staff.accessToken()).expect(202);
    api.post("/api/v1/flow-checks", Map.of("delaySeconds", 0)).expectProblem(401);
  }

  @Test
  void actuatorIsOpenForHealthAndGatedForMetrics() {
    Member staff = join("STAFF");
    Member admin = join("ADMIN");

    assertThat(api.call(HttpMethod.GET, "/actuator/health/liveness", null, null).status()).isEqualTo(200);
    api.get("/actuator/prometheus", null).expectProblem(401);
    api.get("/actuator/prometheus", staff.accessToken()).expectProblem(403);
    // Past security (tests run without metrics export, so the endpoint itself answers 404 here).
    assertThat(api.call(HttpMethod.GET, "/actuator/prometheus", null, admin.accessToken()).status())
        .isNotIn(401, 403);
    assertThat(api.call(HttpMethod.GET, "/actuator/prometheus", null, owner.accessToken()).status())
        .isNotIn(401, 403);
    assertThat(api.call(HttpMethod.GET, "/actuator/prometheus", null,
        FlowPodIntegrationTest.METRICS_SCRAPE_TOKEN).status()).as("the scrape token").isNotIn(401, 403);
    api.get("/actuator/prometheus", "not-the-scrape-token").expectProblem(401);
    // The scrape token opens nothing else.
    api.get("/api/v1/orders", FlowPodIntegrationTest.METRICS_SCRAPE_TOKEN).expectProblem(401);
    assertThat(api.call(HttpMethod.GET, "/v3/api-docs", null, null).status()).isEqualTo(200);
  }

  @Test
  void ownerChangesARoleAndTheNextRefreshCarriesIt() {
    Member staff = join("STAFF");
    String refresh = api.login(staff.email(), IdentityApi.PASSWORD).expect(200).text("refreshToken");

    JsonNode changed = api.changeRole(staff.id(), "MANAGER", owner.accessToken()).expect(200).body();

    assertThat(changed.path("role").asText()).isEqualTo("MANAGER");
    String access = api.refresh(refresh).expect(200).text("accessToken");
    api.get("/api/v1/users", access).expect(200);
    JsonNode audit = api.get("/api/v1/audit-events?action=user.role-changed", owner.accessToken()).body();
    assertThat(audit.path("items").get(0).path("targetId").asText()).isEqualTo(staff.id());
    assertThat(audit.path("items").get(0).path("actorUserId").asText())
        .isEqualTo(owner.userId().toString());
  }

  @Test
  void roleChangesHaveLimits() {
    Member admin = join("ADMIN");
    Member staff = join("STAFF");
    String staffTag = api.userETag(staff.id(), owner.accessToken());
    String ownerTag = api.userETag(owner.userId(), owner.accessToken());

    api.changeRole(staff.id(), "OWNER", staffTag, admin.accessToken()).expectProblem(403);
    api.changeRole(owner.userId(), "STAFF", ownerTag, admin.accessToken()).expectProblem(403);
    api.changeRole(owner.userId(), "ADMIN", ownerTag, owner.accessToken()).expectProblem(409);
    api.changeRole(staff.id(), "SUPER_ADMIN", staffTag, owner.accessToken()).expectProblem(400);
    api.changeRole(staff.id(), "MANAGER", staffTag, staff.accessToken()).expectProblem(403);
    api.changeRole(staff.id(), "MANAGER", staffTag, admin.accessToken()).expect(200);
  }

  @Test
  void theAuditLogRecordsWhoDidWhatAndFilters() {
    api.login(owner.email(), "wrong-password-here").expectProblem(401);
    api.login(owner.email(), IdentityApi.PASSWORD).expect(200);
    join("STAFF");

    JsonNode all = api.get("/api/v1/audit-events?size=100", owner.accessToken()).expect(200).body();
    List<String> actions = new ArrayList<>();
    all.path("items").forEach(event -> actions.add(event.path("action").asText()));
    assertThat(actions).contains("tenant.created", "auth.login.failed", "auth.login.succeeded",
        "user.invited", "user.invitation-accepted");
    assertThat(actions.get(0)).isEqualTo("user.invitation-accepted");

    JsonNode failed = api.get("/api/v1/audit-events?action=auth.login.failed", owner.accessToken()).body();
    assertThat(failed.path("totalItems").asLong()).isEqualTo(1);
    JsonNode event = failed.path("items").get(0);
    assertThat(event.path("targetId").asText()).isEqualTo(owner.userId().toString());
    assertThat(event.path("ip").asText()).isEqualTo("127.0.0.1");
    assertThat(event.path("actorUserId").isNull()).isTrue();

    Instant soon = Instant.now().plusSeconds(3600);
    assertThat(api.get("/api/v1/audit-events?from=" + soon, owner.accessToken()).body()
        .path("totalItems").asLong()).isZero();
    assertThat(api.get("/api/v1/audit-events?to=" + soon + "&size=1", owner.accessToken()).body()
        .path("items")).hasSize(1);
    api.get("/api/v1/audit-events?from=" + soon + "&to=" + Instant.now(), owner.accessToken())
        .expectProblem(400);
  }
}
