package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@FlowPodIntegrationTest
class TenantSuspensionTest {

  @LocalServerPort
  int port;
  @Autowired
  Tenants tenants;
  IdentityApi api;
  String superAdmin;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
    superAdmin = api.accessToken(IdentityApi.SUPER_ADMIN, IdentityApi.DEMO_PASSWORD);
  }

  @Test
  void aSuspendedWorkspaceIsRefusedEverywhereUntilReactivated() {
    Account owner = api.signup();
    String slug = api.get("/api/v1/auth/me", owner.accessToken()).body().path("tenantSlug").asText();

    JsonNode suspended = api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/suspend",
        Map.of("reason", "Unpaid invoices"), superAdmin).expect(200).body();
    assertThat(suspended.path("status").asText()).isEqualTo("SUSPENDED");
    assertThat(suspended.path("statusReason").asText()).isEqualTo("Unpaid invoices");

    JsonNode login = api.login(owner.email(), IdentityApi.PASSWORD)
        .expectProblem(403, "workspace-suspended").body();
    assertThat(login.path("title").asText()).isEqualTo("Workspace suspended");
    assertThat(login.path("detail").asText()).contains("workspace is suspended");
    api.refresh(owner.refreshToken()).expectProblem(403);
    JsonNode call = api.get("/api/v1/auth/me", owner.accessToken())
        .expectProblem(403, "workspace-suspended").body();
    assertThat(call.path("title").asText()).isEqualTo("Workspace suspended");
    assertThatThrownBy(() -> tenants.requireActive(slug)).isInstanceOf(TenantSuspendedException.class);
    // A wrong password still says only "wrong", not "suspended".
    api.login(owner.email(), "not-the-password").expectProblem(401);

    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/reactivate", null, superAdmin).expect(200);

    api.get("/api/v1/auth/me", owner.accessToken()).expect(200);
    api.login(owner.email(), IdentityApi.PASSWORD).expect(200);
    api.refresh(owner.refreshToken()).expect(200);
    assertThat(tenants.requireActive(slug).id()).isEqualTo(owner.tenantId());
  }

  @Test
  void suspensionAndReactivationAreAuditedInTheWorkspace() {
    Account owner = api.signup();
    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/suspend", Map.of("reason", "Abuse"),
        superAdmin).expect(200);
    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/suspend", Map.of("reason", "Abuse"),
        superAdmin).expect(200);
    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/reactivate", null, superAdmin).expect(200);

    JsonNode events = api.get("/api/v1/audit-events?action=tenant.suspended", owner.accessToken())
        .expect(200).body();
    assertThat(events.path("totalItems").asLong()).isEqualTo(1);
    assertThat(api.get("/api/v1/audit-events?action=tenant.reactivated", owner.accessToken())
        .body().path("totalItems").asLong()).isEqualTo(1);
  }

  @Test
  void tenantListShowsWorkspacesButNotThePlatform() {
    Account owner = api.signup();

    JsonNode page = api.get("/api/v1/admin/tenants?size=100", superAdmin).expect(200).body();
    long pages = (page.path("totalItems").asLong() + 99) / 100;
    boolean found = false;
    for (int i = 0; i < pages; i++) {
      for (JsonNode tenant : api.get("/api/v1/admin/tenants?size=100&page=" + i, superAdmin).body().path("items")) {
        assertThat(tenant.path("id").asText()).isNotEqualTo(Tenants.PLATFORM_TENANT_ID.toString());
        found |= tenant.path("id").asText().equals(owner.tenantId().toString());
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void onlyTheSuperAdminMayAdministerTenants() {
    Account owner = api.signup();
    String demoAdmin = api.accessToken("admin@demo.flowpod.local", IdentityApi.DEMO_PASSWORD);

    api.get("/api/v1/admin/tenants", owner.accessToken()).expectProblem(403, "forbidden");
    api.get("/api/v1/admin/tenants", demoAdmin).expectProblem(403);
    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/suspend", Map.of("reason", "x"),
        owner.accessToken()).expectProblem(403);
    api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/reactivate", null, demoAdmin)
        .expectProblem(403);
    api.get("/api/v1/admin/tenants", null).expectProblem(401);
    api.get("/api/v1/auth/me", owner.accessToken()).expect(200);
  }

  @Test
  void suspensionNeedsAReasonAndAnExistingWorkspace() {
    Account owner = api.signup();

    JsonNode noReason = api.post("/api/v1/admin/tenants/" + owner.tenantId() + "/suspend",
        Map.of("reason", " "), superAdmin).expectProblem(400).body();
    assertThat(noReason.path("errors").get(0).path("field").asText()).isEqualTo("reason");
    api.post("/api/v1/admin/tenants/" + UUID.randomUUID() + "/suspend", Map.of("reason", "x"),
        superAdmin).expectProblem(404, "workspace-not-found");
    api.post("/api/v1/admin/tenants/" + Tenants.PLATFORM_TENANT_ID + "/suspend",
        Map.of("reason", "x"), superAdmin).expectProblem(404);
    assertThatThrownBy(() -> tenants.requireActive("no-such-" + UUID.randomUUID()))
        .isInstanceOf(TenantNotFoundException.class);
    api.get("/api/v1/auth/me", owner.accessToken()).expect(200);
  }
}
