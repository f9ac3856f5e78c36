package io.flowpod.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every identity, admin, audit and mailbox operation says which roles it needs, and how to send them. */
@FlowPodIntegrationTest
class OpenApiRolesTest {

  private static final List<String> PREFIXES = List.of("/api/v1/auth", "/api/v1/users",
      "/api/v1/admin", "/api/v1/audit-events", "/api/v1/dev/mailbox", "/api/v1/products");
  private static final Set<String> PUBLIC = Set.of("/api/v1/auth/signup", "/api/v1/auth/login",
      "/api/v1/auth/refresh", "/api/v1/auth/password-reset", "/api/v1/auth/password-reset/confirm",
      "/api/v1/auth/invitations/accept");

  @LocalServerPort
  int port;

  @Test
  void operationsDocumentTheirRolesAndBearerAuth() {
    JsonNode docs = new IdentityApi(port).get("/v3/api-docs", null).expect(200).body();
    assertThat(docs.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    assertThat(docs.path("components").path("securitySchemes").size()).as("one scheme").isEqualTo(1);

    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
      if (PREFIXES.stream().noneMatch(path.getKey()::startsWith)) {
        continue;
      }
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String name = operation.getKey().toUpperCase() + " " + path.getKey();
        assertThat(operation.getValue().path("description").asText()).as(name).startsWith("Roles: ");
        // An operation's own security list replaces the document's default (OpenAPI 3).
        JsonNode security = operation.getValue().has("security")
            ? operation.getValue().path("security") : docs.path("security");
        boolean bearer = security.toString().contains("\"bearer\"");
        assertThat(bearer).as(name + " declares bearer auth").isEqualTo(!PUBLIC.contains(path.getKey()));
        checked.add(name);
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void theRoleChangeDocumentsItsRequiredIfMatchHeader() {
    JsonNode put = new IdentityApi(port).get("/v3/api-docs", null).expect(200).body()
        .path("paths").path("/api/v1/users/{id}/role").path("put");
    assertThat(put.path("description").asText()).contains("If-Match", "428", "412");
    assertThat(put.path("parameters").toString()).contains("\"name\":\"If-Match\"", "\"in\":\"header\"",
        "\"required\":true");
    assertThat(put.path("responses").has("412")).isTrue();
    assertThat(put.path("responses").has("428")).isTrue();
  }
}
