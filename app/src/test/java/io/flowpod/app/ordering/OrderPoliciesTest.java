package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.policies.Policies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A workspace's own order policies on the real engine: an admin edits the approval and reminder
 * tables, tries them with sample inputs, activates and rolls back, and the next orders follow; another
 * workspace keeps the shipped decisions and never sees the first one's versions.
 */
@FlowPodIntegrationTest
class OrderPoliciesTest {

  private static final Duration FLOW = Duration.ofSeconds(30);
  private static final String APPROVAL = "/api/v1/policies/order-approval";
  private static final String REMINDER = "/api/v1/policies/order-payment-reminder";

  @LocalServerPort int port;
  @Autowired Policies policies;

  CatalogClient http;
  ShopFixture shop;
  ShopFixture other;
  String tea;
  String otherTea;

  @BeforeEach
  void openShops() {
    http = new CatalogClient(port);
    shop = ShopFixture.signup(http);
    other = ShopFixture.signup(http);
    tea = shop.product("TEA-1", 1250, 500L, 0);
    otherTea = other.product("TEA-1", 1250, 500L, 0);
  }

  @Test
  void anEditedApprovalPolicyReviewsTheNextOrdersAndRollbackRestoresThePreviousOne() {
    int lenient = saveDraft(APPROVAL, approvalFrom(50_000), "as shipped");
    int strict = saveDraft(APPROVAL, approvalFrom(10_000), "review from 100.00");
    activate(APPROVAL, lenient);
    JsonNode active = activate(APPROVAL, strict);
    assertThat(active.path("state").asText()).isEqualTo("ACTIVE");
    assertThat(active.path("decisionKey").asLong()).isPositive();

    String reviewed = place(shop, tea, 10);   // 125.00 EUR
    awaitReviewTask(reviewed);
    assertThat(order(shop, reviewed).path("paymentDueAt").isNull()).isTrue();
    String elsewhere = place(other, otherTea, 10);
    awaitPaymentRequested(other, elsewhere);

    JsonNode rolledBack = http.post(APPROVAL + "/rollback", shop.owner, Map.of()).expect(200).json();
    assertThat(rolledBack.path("version").asInt()).isEqualTo(lenient);
    assertThat(states(shop)).containsExactly("RETIRED", "ACTIVE");

    String afterRollback = place(shop, tea, 10);
    awaitPaymentRequested(shop, afterRollback);
    JsonNode audit = http.get("/api/v1/audit-events?action=policy.rolled-back", shop.owner)
        .expect(200).json().path("items");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).path("targetId").asText()).isEqualTo("order-approval v" + lenient);
    assertThat(http.get("/api/v1/audit-events?action=policy.activated", shop.owner).expect(200)
        .json().path("items")).hasSize(2);

    http.post(APPROVAL + "/deactivate", other.owner, Map.of()).expect(204);
    assertThat(states(shop)).containsExactly("RETIRED", "ACTIVE");
    http.post(APPROVAL + "/deactivate", shop.owner, Map.of()).expect(204);
    assertThat(states(shop)).containsExactly("RETIRED", "RETIRED");
    assertThat(http.get(APPROVAL, shop.owner).expect(200).json().path("activeVersion").isNull())
        .isTrue();
  }

  @Test
  void aReminderPolicySetsTheReminderOfTheNextOrderWhileTheSettingsKeepTheDeadline() {
    int version = saveDraft(REMINDER, Map.of("hitPolicy", "FIRST", "rules", List.of(
        rule(List.of(">= 100000", "-"), "48", "Large orders: two days"),
        rule(List.of("-", "\"API\""), "2", "Orders taken by staff: two hours"),
        rule(List.of("-", "-"), "null", "Otherwise the order settings"))), null);
    activate(REMINDER, version);
    // What a restart of the embedded engine does before flows resume: deploy the active versions again.
    assertThat(TenantContext.callAs(shop.tenantId, policies::redeployActive)).isEqualTo(1);

    Instant before = Instant.now();
    String id = place(shop, tea, 1);
    JsonNode requested = awaitPaymentRequested(shop, id);
    Instant after = Instant.now();

    Instant remindAt = Instant.parse(requested.path("paymentReminderAt").asText());
    Instant dueAt = Instant.parse(requested.path("paymentDueAt").asText());
    assertThat(remindAt).isBetween(before.plus(Duration.ofHours(2)), after.plus(Duration.ofHours(2)));
    assertThat(dueAt).isBetween(before.plus(Duration.ofHours(72)), after.plus(Duration.ofHours(72)));

    String otherId = place(other, otherTea, 1);
    JsonNode otherOrder = awaitPaymentRequested(other, otherId);
    assertThat(Instant.parse(otherOrder.path("paymentReminderAt").asText()))
        .isAfter(before.plus(Duration.ofHours(23)));
  }

  @Test
  void aTableIsTriedOnTheEngineBeforeItIsSaved() {
    JsonNode outcome = http.post(APPROVAL + "/evaluate", shop.owner, Map.of(
        "table", approvalFrom(10_000),
        "inputs", Map.of("totalMinor", 12_000, "currency", "EUR", "channel", "STOREFRONT")))
        .expect(200).json();
    assertThat(outcome.path("matched").asBoolean()).isTrue();
    assertThat(outcome.path("matchedRows").get(0).asInt()).isEqualTo(1);
    assertThat(outcome.path("outputs").path("approval").asText()).isEqualTo("REVIEW");

    JsonNode overlapping = http.post(APPROVAL + "/evaluate", shop.owner, Map.of(
        "table", Map.of("hitPolicy", "UNIQUE", "rules", List.of(
            rule(List.of(">= 100", "-", "-"), "\"REVIEW\"", null),
            rule(List.of("-", "-", "-"), "\"AUTO\"", null))),
        "inputs", Map.of("totalMinor", 500))).expect(200).json();
    assertThat(overlapping.path("matched").asBoolean()).isFalse();
    assertThat(overlapping.path("failure").asText()).contains("UNIQUE");

    int saved = saveDraft(APPROVAL, approvalFrom(10_000), null);
    JsonNode versionOutcome = http.post(APPROVAL + "/versions/" + saved + "/evaluate", shop.owner,
        Map.of("inputs", Map.of("totalMinor", "9999.5"))).expect(200).json();
    assertThat(versionOutcome.path("outputs").path("approval").asText()).isEqualTo("AUTO");
    assertThat(states(shop)).containsExactly("DRAFT");
  }

  @Test
  void aBadTableIsRefusedNamingTheCell() {
    Response empty = http.post(APPROVAL + "/versions", shop.owner, Map.of("table", Map.of(
        "hitPolicy", "FIRST", "rules", List.of(
            rule(List.of(">= 100", "-", "-"), "\"REVIEW\"", null),
            rule(List.of(" ", "-", "-"), "\"LATER\"", null))))).expect(400);
    assertThat(empty.errorFields()).containsExactlyInAnyOrder("rules[1].inputs[0]",
        "rules[1].outputs[0]");
    assertThat(empty.text()).contains("row 2, Total (minor units): must not be empty");

    Response unparsable = http.post(APPROVAL + "/versions", shop.owner, Map.of("table", Map.of(
        "hitPolicy", "FIRST", "rules", List.of(
            rule(List.of(">= 100", "-", "-"), "\"REVIEW\"", null),
            rule(List.of(">== 5", "-", "-"), "\"AUTO\"", null))))).expect(400);
    assertThat(unparsable.errorFields()).containsExactly("rules[1].inputs[0]");
    assertThat(unparsable.text()).contains("row 2, Total (minor units): is not a valid FEEL");
    assertThat(states(shop)).isEmpty();
  }

  @Test
  void anotherWorkspacesVersionsAreNotFoundAndRolesAreEnforced() {
    int version = saveDraft(APPROVAL, approvalFrom(10_000), null);

    http.get(APPROVAL + "/versions/" + version, other.owner).expect(404);
    http.get(APPROVAL + "/versions/" + version + "/dmn", other.owner).expect(404);
    http.post(APPROVAL + "/versions/" + version + "/evaluate", other.owner,
        Map.of("inputs", Map.of())).expect(404);
    http.post(APPROVAL + "/versions/" + version + "/activate", other.owner, Map.of()).expect(404);
    http.post(APPROVAL + "/rollback", other.owner, Map.of()).expect(409);
    assertThat(http.get(APPROVAL + "/versions", other.owner).expect(200).json()).isEmpty();
    http.get("/api/v1/policies/no-such-kind/versions", shop.owner).expect(404);
    assertThat(http.get(APPROVAL + "/versions/" + version + "/dmn", shop.owner).expect(200).text())
        .contains("id=\"order-approval--t" + shop.tenantId.toString().replace("-", "") + "\"");

    String staff = shop.member("STAFF");
    http.get("/api/v1/policies", staff).expect(403);
    String manager = shop.member("MANAGER");
    JsonNode kinds = http.get("/api/v1/policies", manager).expect(200).json();
    assertThat(kinds.findValuesAsText("kind")).contains("order-approval", "order-payment-reminder");
    http.post(APPROVAL + "/versions/" + version + "/evaluate", manager,
        Map.of("inputs", Map.of("totalMinor", 1))).expect(200);
    http.post(APPROVAL + "/versions/" + version + "/activate", manager, Map.of()).expect(403);
    http.post(APPROVAL + "/versions", manager, Map.of("table", approvalFrom(1))).expect(403);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static Map<String, Object> approvalFrom(long minor) {
    return Map.of("hitPolicy", "UNIQUE", "rules", List.of(
        rule(List.of(">= " + minor, "-", "-"), "\"REVIEW\"", "From " + minor + " minor units"),
        rule(List.of("< " + minor, "-", "-"), "\"AUTO\"", null)));
  }

  private static Map<String, Object> rule(List<String> inputs, String output, String description) {
    return description == null ? Map.of("inputs", inputs, "outputs", List.of(output))
        : Map.of("inputs", inputs, "outputs", List.of(output), "description", description);
  }

  private int saveDraft(String kindPath, Map<String, Object> table, String note) {
    Map<String, Object> body = note == null ? Map.of("table", table)
        : Map.of("table", table, "note", note);
    JsonNode draft = http.post(kindPath + "/versions", shop.owner, body).expect(201).json();
    assertThat(draft.path("state").asText()).isEqualTo("DRAFT");
    return draft.path("version").asInt();
  }

  private JsonNode activate(String kindPath, int version) {
    return http.post(kindPath + "/versions/" + version + "/activate", shop.owner, Map.of())
        .expect(200).json();
  }

  private List<String> states(ShopFixture workspace) {
    return http.get(APPROVAL + "/versions", workspace.owner).expect(200).json()
        .findValuesAsText("state");
  }

  private String place(ShopFixture workspace, String product, long quantity) {
    return http.post("/api/v1/orders", workspace.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(product, quantity))).expect(201).json()
        .path("id").asText();
  }

  private JsonNode order(ShopFixture workspace, String id) {
    return http.get("/api/v1/orders/" + id, workspace.owner).expect(200).json();
  }

  private JsonNode awaitPaymentRequested(ShopFixture workspace, String id) {
    return Eventually.await("payment requested", FLOW, () -> order(workspace, id),
        order -> order.path("paymentDueAt").isTextual());
  }

  private void awaitReviewTask(String id) {
    Eventually.await("the review task", FLOW, () -> http.get(
            "/api/v1/tasks?formKey=order-review&businessObjectId=" + id, shop.owner).expect(200)
        .json().path("items"), items -> !items.isEmpty());
  }
}
