package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FlowPodIntegrationTest
class RefreshTokenTest {

  @LocalServerPort
  int port;
  IdentityApi api;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
  }

  @Test
  void refreshRotatesTheToken() {
    Account owner = api.signup();

    IdentityApi.Response first = api.refresh(owner.refreshToken()).expect(200);
    IdentityApi.Response second = api.refresh(first.text("refreshToken")).expect(200);

    assertThat(first.text("refreshToken")).isNotEqualTo(owner.refreshToken());
    assertThat(second.text("refreshToken")).isNotEqualTo(first.text("refreshToken"));
    assertThat(second.text("tokenType")).isEqualTo("Bearer");
    api.get("/api/v1/auth/me", second.text("accessToken")).expect(200);
  }

  @Test
  void reusingAnOldTokenRevokesTheWholeFamily() {
    Account owner = api.signup();
    String rotated = api.refresh(owner.refreshToken()).expect(200).text("refreshToken");

    api.refresh(owner.refreshToken()).expectProblem(401, "session-expired");

    // The newest token of the family stops working too: whoever holds it must sign in again.
    api.refresh(rotated).expectProblem(401);
    // Another login (another family) is unaffected.
    String otherSession = api.login(owner.email(), IdentityApi.PASSWORD).expect(200).text("refreshToken");
    api.refresh(otherSession).expect(200);
  }

  @Test
  void reuseIsAudited() {
    Account owner = api.signup();
    api.refresh(owner.refreshToken()).expect(200);
    api.refresh(owner.refreshToken()).expectProblem(401);

    var events = api.get("/api/v1/audit-events?action=auth.refresh.reuse-detected", owner.accessToken())
        .expect(200).body();

    assertThat(events.path("totalItems").asLong()).isEqualTo(1);
    assertThat(events.path("items").get(0).path("targetId").asText()).isEqualTo(owner.userId().toString());
  }

  @Test
  void logoutRevokesTheSession() {
    Account owner = api.signup();
    String rotated = api.refresh(owner.refreshToken()).expect(200).text("refreshToken");

    api.post("/api/v1/auth/logout", Map.of("refreshToken", rotated), owner.accessToken()).expect(204);

    api.refresh(rotated).expectProblem(401);
  }

  @Test
  void logoutIgnoresSomeoneElsesToken() {
    Account owner = api.signup();
    Account stranger = api.signup();

    api.post("/api/v1/auth/logout", Map.of("refreshToken", owner.refreshToken()),
        stranger.accessToken()).expect(204);

    api.refresh(owner.refreshToken()).expect(200);
  }

  @Test
  void logoutNeedsAnAccessToken() {
    Account owner = api.signup();

    api.post("/api/v1/auth/logout", Map.of("refreshToken", owner.refreshToken())).expectProblem(401);

    api.refresh(owner.refreshToken()).expect(200);
  }

  @Test
  void unknownRefreshTokenIsRefused() {
    api.refresh("not-a-token").expectProblem(401);
    api.post("/api/v1/auth/refresh", Map.of()).expectProblem(401);
  }
}
