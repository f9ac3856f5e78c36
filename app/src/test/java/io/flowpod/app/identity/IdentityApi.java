package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.SignupRequests;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The identity API as a user's client sees it: plain HTTP against the running application. */
final class IdentityApi {

  static final String PASSWORD = "correct-horse-battery";
  static final String DEMO_PASSWORD = "demo-password-1";
  static final String SUPER_ADMIN = "superadmin@flowpod.local";
  static final String PROBLEM_TYPES = "https://flowpod.io/problems/";
  private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  /** A response: status, headers and the JSON body (null when there is none). */
  record Response(int status, HttpHeaders headers, JsonNode body) {

    String text(String field) {
      return body.path(field).asText(null);
    }

    Response expect(int expected) {
      assertThat(status).as("status; body: %s", body).isEqualTo(expected);
      return this;
    }

    /** Asserts an RFC 9457 problem with the given status. */
    Response expectProblem(int expected) {
      expect(expected);
      assertThat(headers.getContentType()).isNotNull();
      assertThat(headers.getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .as("content type %s", headers.getContentType()).isTrue();
      assertThat(body.path("status").asInt()).isEqualTo(expected);
      assertThat(body.path("title").asText()).isNotBlank();
      assertThat(body.path("type").asText()).startsWith(PROBLEM_TYPES);
      assertThat(body.path("requestId").asText()).isNotBlank()
          .isEqualTo(headers.getFirst("X-Request-Id"));
      return this;
    }

    /** Asserts an RFC 9457 problem with the given status and type ({@code PROBLEM_TYPES + slug}). */
    Response expectProblem(int expected, String slug) {
      expectProblem(expected);
      assertThat(body.path("type").asText()).isEqualTo(PROBLEM_TYPES + slug);
      return this;
    }
  }

  /** A signed-up workspace owner. */
  record Account(UUID tenantId, UUID userId, String email, String accessToken, String refreshToken) {}

  /** A user who joined a workspace through an accepted invitation. */
  record Member(String id, String email, String accessToken) {}

  private final RestClient http;
  private final ObjectMapper json = new ObjectMapper();

  IdentityApi(int port) {
    this.http = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
  }

  Response call(HttpMethod method, String path, Object body, String accessToken) {
    return call(method, path, body, accessToken, HttpHeaders.EMPTY);
  }

  /** A call with extra request headers (such as If-Match). */
  Response call(HttpMethod method, String path, Object body, String accessToken,
      HttpHeaders headers) {
    RestClient.RequestBodySpec request = http.method(method).uri(path)
        .headers(all -> all.addAll(headers));
    if (accessToken != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange((req, res) -> {
      byte[] bytes = res.getBody().readAllBytes();
      JsonNode node = bytes.length == 0 ? null : json.readTree(bytes);
      return new Response(res.getStatusCode().value(), res.getHeaders(), node);
    });
  }

  Response post(String path, Object body, String accessToken) {
    return call(HttpMethod.POST, path, body, accessToken);
  }

  Response post(String path, Object body) {
    return post(path, body, null);
  }

  Response get(String path, String accessToken) {
    return call(HttpMethod.GET, path, null, accessToken);
  }

  /** The ETag of GET /api/v1/users/{id}, read as {@code accessToken}. */
  String userETag(Object userId, String accessToken) {
    String etag = get("/api/v1/users/" + userId, accessToken).expect(200).headers().getETag();
    assertThat(etag).as("ETag of user %s", userId).isNotBlank();
    return etag;
  }

  /** PUT /api/v1/users/{id}/role, with {@code If-Match: ifMatch} unless it is null. */
  Response changeRole(Object userId, String role, String ifMatch, String accessToken) {
    HttpHeaders headers = new HttpHeaders();
    if (ifMatch != null) {
      headers.setIfMatch(ifMatch);
    }
    return call(HttpMethod.PUT, "/api/v1/users/" + userId + "/role", Map.of("role", role),
        accessToken, headers);
  }

  /** Changes a role the way a client should: If-Match with the ETag {@code accessToken} just read. */
  Response changeRole(Object userId, String role, String accessToken) {
    return changeRole(userId, role, userETag(userId, accessToken), accessToken);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> signupBody(String slug, String email) {
    return SignupRequests.body(slug, email, PASSWORD);
  }

  /** Signs up a fresh workspace with a unique slug and owner email. */
  Account signup() {
    String slug = unique("shop");
    String email = slug + "@owner.example";
    Response created = post("/api/v1/auth/signup", signupBody(slug, email)).expect(201);
    return new Account(UUID.fromString(created.text("tenantId")),
        UUID.fromString(created.text("userId")), email, created.text("accessToken"),
        created.text("refreshToken"));
  }

  Response login(String email, String password) {
    return post("/api/v1/auth/login", Map.of("email", email, "password", password));
  }

  String accessToken(String email, String password) {
    return login(email, password).expect(200).text("accessToken");
  }

  Response refresh(String refreshToken) {
    return post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
  }

  /** Invites {@code email} as {@code role} and answers the link token from the mail it caught. */
  String invite(String adminToken, String email, String role) {
    post("/api/v1/users/invitations", Map.of("email", email, "role", role), adminToken).expect(201);
    return linkToken(awaitMail(adminToken, email, "invited"));
  }

  /** Invites someone as {@code role} and accepts the mailed invitation as {@code name}. */
  Member join(String inviterToken, String role, String name) {
    String email = unique(name.toLowerCase()) + "@team.example";
    JsonNode account = post("/api/v1/auth/invitations/accept", Map.of("token",
        invite(inviterToken, email, role), "displayName", name, "password", PASSWORD)).expect(201).body();
    return new Member(account.path("userId").asText(), email, account.path("accessToken").asText());
  }

  /** Waits for the mail to {@code to} whose subject contains {@code subjectPart}, via the mailbox API. */
  JsonNode awaitMail(String accessToken, String to, String subjectPart) {
    return Eventually.await("a mail to " + to, Duration.ofSeconds(20),
        () -> {
          for (JsonNode mail : get("/api/v1/dev/mailbox", accessToken).expect(200).body().path("items")) {
            if (to.equals(mail.path("to").asText()) && mail.path("subject").asText().contains(subjectPart)) {
              return mail;
            }
          }
          return null;
        },
        mail -> mail != null);
  }

  static String linkToken(JsonNode mail) {
    Matcher matcher = LINK_TOKEN.matcher(mail.path("text").asText());
    assertThat(matcher.find()).as("link in %s", mail.path("text").asText()).isTrue();
    return matcher.group(1);
  }
}
