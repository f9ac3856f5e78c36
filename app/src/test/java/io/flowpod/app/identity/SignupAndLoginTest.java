package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@FlowPodIntegrationTest
class SignupAndLoginTest {

  @LocalServerPort
  int port;
  IdentityApi api;

  @BeforeEach
  void client() {
    api = new IdentityApi(port);
  }

  @Test
  void signupThenLoginThenMe() {
    Account owner = api.signup();

    String access = api.accessToken(owner.email(), IdentityApi.PASSWORD);
    JsonNode me = api.get("/api/v1/auth/me", access).expect(200).body();

    assertThat(me.path("userId").asText()).isEqualTo(owner.userId().toString());
    assertThat(me.path("tenantId").asText()).isEqualTo(owner.tenantId().toString());
    assertThat(me.path("tenantSlug").asText()).startsWith("shop-");
    assertThat(me.path("tenantName").asText()).startsWith("Shop ");
    assertThat(me.path("email").asText()).isEqualTo(owner.email());
    assertThat(me.path("displayName").asText()).isEqualTo("Olga Owner");
    assertThat(me.path("roles").toString()).isEqualTo("[\"OWNER\"]");
  }

  @Test
  void signupAnswersTokensThatWorkAtOnce() {
    Account owner = api.signup();

    api.get("/api/v1/auth/me", owner.accessToken()).expect(200);
    api.refresh(owner.refreshToken()).expect(200);
  }

  @Test
  void loginAnswersTheTokenContract() {
    Account owner = api.signup();

    IdentityApi.Response login = api.login(owner.email(), IdentityApi.PASSWORD).expect(200);

    assertThat(login.text("tokenType")).isEqualTo("Bearer");
    assertThat(login.body().path("expiresIn").asLong()).isEqualTo(900);
    assertThat(login.text("accessToken")).contains(".");
    assertThat(login.text("refreshToken")).isNotBlank();
  }

  @Test
  void loginIsCaseInsensitiveOnTheEmail() {
    Account owner = api.signup();

    api.login(owner.email().toUpperCase(), IdentityApi.PASSWORD).expect(200);
  }

  @Test
  void wrongPasswordAndUnknownEmailLookTheSame() {
    Account owner = api.signup();

    JsonNode wrong = api.login(owner.email(), "not-the-password")
        .expectProblem(401, "invalid-credentials").body();
    JsonNode unknown = api.login("nobody-" + owner.email(), IdentityApi.PASSWORD).expectProblem(401).body();

    assertThat(wrong.path("detail")).isEqualTo(unknown.path("detail"));
    assertThat(wrong.path("type")).isEqualTo(unknown.path("type"));
  }

  @Test
  void invalidSignupListsEveryBadField() {
    Map<String, Object> body = IdentityApi.signupBody("No Caps!", "not-an-email");
    body.put("timeZone", "Mars/Olympus");
    body.put("currency", "EURO");
    body.put("locale", "");
    body.put("password", "short");

    JsonNode problem = api.post("/api/v1/auth/signup", body).expectProblem(400, "validation").body();

    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("workspaceSlug", "timeZone", "currency", "locale",
        "email", "password");
    assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/auth/signup");
  }

  @Test
  void takenSlugAndTakenEmailAreConflictsAndCreateNothing() {
    Account first = api.signup();
    String slug = api.get("/api/v1/auth/me", first.accessToken()).body().path("tenantSlug").asText();

    JsonNode slugTaken = api.post("/api/v1/auth/signup",
        IdentityApi.signupBody(slug, IdentityApi.unique("other") + "@owner.example"))
        .expectProblem(409, "workspace-slug-taken").body();
    JsonNode emailTaken = api.post("/api/v1/auth/signup",
        IdentityApi.signupBody(IdentityApi.unique("shop"), first.email()))
        .expectProblem(409, "email-taken").body();

    assertThat(slugTaken.path("errors").get(0).path("field").asText()).isEqualTo("workspaceSlug");
    assertThat(emailTaken.path("errors").get(0).path("field").asText()).isEqualTo("email");
    // The owner's email still leads to the first workspace only.
    String access = api.accessToken(first.email(), IdentityApi.PASSWORD);
    assertThat(api.get("/api/v1/auth/me", access).body().path("tenantId").asText())
        .isEqualTo(first.tenantId().toString());
  }

  @Test
  void demoUsersCanSignIn() {
    for (String email : List.of("owner@demo.flowpod.local", "admin@demo.flowpod.local",
        "staff@demo.flowpod.local", IdentityApi.SUPER_ADMIN)) {
      api.login(email, IdentityApi.DEMO_PASSWORD).expect(200);
    }
    String staff = api.accessToken("staff@demo.flowpod.local", IdentityApi.DEMO_PASSWORD);
    JsonNode me = api.get("/api/v1/auth/me", staff).expect(200).body();
    assertThat(me.path("tenantSlug").asText()).isEqualTo("demo");
    assertThat(me.path("tenantName").asText()).isEqualTo("Demo Shop");
  }

  @Test
  void meWithoutTokenIsAProblem401() {
    IdentityApi.Response response = api.get("/api/v1/auth/me", null).expectProblem(401, "unauthorized");

    assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
  }
}
