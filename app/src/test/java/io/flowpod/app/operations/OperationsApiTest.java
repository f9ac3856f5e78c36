package io.flowpod.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.operations.OrderIncidents.Broken;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.payments.Payments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ops API on the real engine: an operator finds an order's incident, corrects the variable that
 * broke it and retries, and the order is confirmed; every fix action is audited by name; another
 * workspace sees 404 for every key; staff may not use the console.
 */
@FlowPodIntegrationTest
class OperationsApiTest {

  @LocalServerPort int port;
  @Autowired CamundaClient engine;
  @Autowired Payments payments;

  CatalogClient http;
  ShopFixture shop;
  ShopFixture otherShop;
  OrderIncidents incidents;
  String tea;

  @BeforeEach
  void openShops() {
    http = new CatalogClient(port);
    shop = ShopFixture.signup(http);
    otherShop = ShopFixture.signup(http);
    tea = shop.product("TEA-1", 1250, 500L, 1000);
    incidents = new OrderIncidents(http, shop, engine, payments);
  }

  @Test
  void anOperatorCorrectsTheVariableRetriesAndTheOrderIsConfirmed() {
    Broken broken = incidents.brokenOrder(tea);
    assertThat(broken.incident().path("elementId").asText()).isEqualTo("Task_ConfirmOrder");
    assertThat(broken.incident().path("errorMessage").asText())
        .startsWith("Order " + broken.orderNumber() + ": ")
        .contains("does not exist in this workspace")
        .contains("check the process variable orderId");
    assertThat(broken.incident().path("businessObject").path("label").asText())
        .isEqualTo("Order " + broken.orderNumber());

    String instancePath = "/api/v1/process-instances/" + broken.instanceKey();
    JsonNode detail = http.get(instancePath, shop.owner).expect(200).json();
    assertThat(detail.path("summary").path("state").asText()).isEqualTo("INCIDENT");
    assertThat(detail.path("diagramXml").asText()).contains("Task_ConfirmOrder");
    assertThat(detail.path("incidents")).hasSize(1);

    assertThat(http.post(instancePath + "/variables", shop.owner,
        Map.of("variables", Map.of("tenantId", "x"))).expect(400).errorFields())
        .containsExactly("variables.tenantId");
    http.post(instancePath + "/variables", shop.owner,
        Map.of("variables", Map.of("orderId", broken.orderId()))).expect(204);
    http.post("/api/v1/incidents/" + broken.incident().path("key").asText() + "/resolve",
        shop.owner, Map.of("retries", 2)).expect(204);

    incidents.awaitOrderStatus(broken.orderId(), "CONFIRMED");
    JsonNode moved = Eventually.await("the instance waiting for fulfilment", OrderIncidents.FLOW,
        OrderIncidents.paced(() -> http.get(instancePath, shop.owner).expect(200).json()),
        now -> texts(now.path("summary").path("activeElementIds")).contains("Task_FulfilOrder"));
    assertThat(moved.path("summary").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(moved.path("incidents")).isEmpty();

    assertThat(audit("process-instance.variables-set").path("detail").asText())
        .isEqualTo("variables: orderId");
    assertThat(audit("incident.retried").path("detail").asText())
        .startsWith("retries: 2, element Task_ConfirmOrder");
  }

  @Test
  void anotherWorkspaceFindsNoneOfTheKeysAndStaffMayNotFixAnything() {
    Broken broken = incidents.brokenOrder(tea);
    String instancePath = "/api/v1/process-instances/" + broken.instanceKey();
    String incidentPath = "/api/v1/incidents/" + broken.incident().path("key").asText();
    String other = otherShop.owner;

    http.get(instancePath, other).expect(404);
    http.post(instancePath + "/cancel", other, Map.of()).expect(404);
    http.post(instancePath + "/variables", other, Map.of("variables", Map.of("orderId", "x")))
        .expect(404);
    http.post(instancePath + "/move", other, Map.of("from", "Task_ConfirmOrder",
        "to", "Task_NotifyConfirmed")).expect(404);
    http.post(incidentPath + "/resolve", other, Map.of("retries", 1)).expect(404);
    assertThat(http.get("/api/v1/incidents", other).expect(200).json().path("items")).isEmpty();
    assertThat(http.get("/api/v1/process-instances", other).expect(200).json().path("items"))
        .isEmpty();
    JsonNode batch = http.post("/api/v1/process-instances/batch/cancel", other,
        Map.of("processId", "order-lifecycle")).expect(200).json();
    assertThat(batch.path("matched").asInt()).isZero();

    String staff = shop.member("STAFF");
    http.get(instancePath, staff).expect(403);
    http.get("/api/v1/incidents", staff).expect(403);
    http.post(instancePath + "/cancel", staff, Map.of()).expect(403);
    http.post(incidentPath + "/resolve", staff, Map.of("retries", 1)).expect(403);
    http.post("/api/v1/process-instances/batch/retry", staff, Map.of()).expect(403);

    assertThat(http.get(instancePath, shop.owner).expect(200).json().path("summary")
        .path("state").asText()).isEqualTo("INCIDENT");
  }

  @Test
  void anOperatorMovesTheTokenPastTheFailedStepAndResolvesWhatTheSkippedStepLeftOut() {
    Broken broken = incidents.brokenOrder(tea);
    String instancePath = "/api/v1/process-instances/" + broken.instanceKey();

    assertThat(http.post(instancePath + "/move", shop.owner, Map.of("from", "Task_RequestPayment",
        "to", "Task_NotifyConfirmed")).expect(400).errorFields()).containsExactly("from");
    // The engine refuses a target its model lacks: 409, and the refused move is not in the audit log.
    http.post(instancePath + "/move", shop.owner, Map.of("from", "Task_ConfirmOrder",
        "to", "Task_NoSuchStep")).expect(409);
    assertThat(http.get("/api/v1/audit-events?action=process-instance.token-moved", shop.owner)
        .expect(200).json().path("items")).isEmpty();
    http.post(instancePath + "/variables", shop.owner,
        Map.of("variables", Map.of("orderId", broken.orderId()))).expect(204);
    http.post(instancePath + "/move", shop.owner, Map.of("from", "Task_ConfirmOrder",
        "to", "Task_NotifyConfirmed")).expect(204);

    // The skipped step set the fulfilment deadline: the fulfilment task cannot start without it.
    JsonNode missing = Eventually.await("an incident about the skipped step's variable",
        OrderIncidents.FLOW, OrderIncidents.paced(() -> http.get(instancePath, shop.owner)
            .expect(200).json().path("incidents")),
        open -> open.size() == 1 && open.get(0).path("elementId").asText()
            .equals("Task_FulfilOrder")).get(0);
    assertThat(missing.path("jobKey").isNull()).isTrue();
    assertThat(missing.path("errorMessage").asText()).contains("fulfilmentNoticeAt");
    http.post(instancePath + "/variables", shop.owner, Map.of("variables",
        Map.of("fulfilmentNoticeAt", "2030-01-01T00:00:00Z"))).expect(204);
    http.post("/api/v1/incidents/" + missing.path("key").asText() + "/resolve", shop.owner,
        Map.of()).expect(204);

    JsonNode moved = Eventually.await("the instance waiting for fulfilment", OrderIncidents.FLOW,
        OrderIncidents.paced(() -> http.get(instancePath, shop.owner).expect(200).json()),
        now -> now.path("incidents").isEmpty()
            && texts(now.path("summary").path("activeElementIds")).contains("Task_FulfilOrder"));
    assertThat(moved.path("summary").path("state").asText()).isEqualTo("ACTIVE");
    assertThat(audit("process-instance.token-moved").path("detail").asText())
        .isEqualTo("from Task_ConfirmOrder to Task_NotifyConfirmed");
    assertThat(audit("incident.resolved").path("detail").asText())
        .startsWith("element Task_FulfilOrder");
  }

  @Test
  void aCancelledInstanceCannotBeCancelledAgain() {
    JsonNode order = incidents.awaitingPayment(tea);
    long instance = incidents.instanceOf(order.path("id").asText());
    String instancePath = "/api/v1/process-instances/" + instance;

    http.post(instancePath + "/cancel", shop.owner, Map.of()).expect(204);

    Eventually.await("the instance cancelled", OrderIncidents.FLOW,
        OrderIncidents.paced(() -> http.get(instancePath, shop.owner).expect(200).json()),
        now -> now.path("summary").path("state").asText().equals("CANCELED"));
    assertThat(http.post(instancePath + "/cancel", shop.owner, Map.of()).expect(409).json()
        .path("detail").asText()).contains("already ended");
    assertThat(audit("process-instance.canceled").path("targetId").asText())
        .isEqualTo(Long.toString(instance));
  }

  @Test
  void aManagerAssignsAnOpenTaskToAMemberOfTheWorkspaceOnly() {
    String expensive = shop.product("SAMOVAR", 60000, 30000L, 0);
    String id = http.post("/api/v1/orders", shop.owner,
        ShopFixture.order(ShopFixture.email(), Map.of(expensive, 1L))).expect(201).json()
        .path("id").asText();
    JsonNode review = Eventually.await("the review task", OrderIncidents.FLOW,
        OrderIncidents.paced(() -> http.get("/api/v1/tasks?formKey=order-review&businessObjectId="
            + id, shop.owner).expect(200).json().path("items")), items -> items.size() == 1).get(0);
    String assignPath = "/api/v1/tasks/" + review.path("id").asText() + "/assign";
    String staff = shop.member("STAFF");
    String staffId = http.get("/api/v1/auth/me", staff).expect(200).json().path("userId").asText();
    String outsiderId = http.get("/api/v1/auth/me", otherShop.owner).expect(200).json()
        .path("userId").asText();

    http.post(assignPath, staff, Map.of("userId", staffId)).expect(403);
    http.post(assignPath, otherShop.owner, Map.of("userId", outsiderId)).expect(404);
    assertThat(http.post(assignPath, shop.owner, Map.of("userId", outsiderId)).expect(400)
        .errorFields()).containsExactly("userId");
    JsonNode assigned = http.post(assignPath, shop.owner, Map.of("userId", staffId)).expect(200)
        .json();

    assertThat(assigned.path("assigneeUserId").asText()).isEqualTo(staffId);
    assertThat(audit("task.assigned").path("targetId").asText())
        .isEqualTo(review.path("id").asText());
  }

  private JsonNode audit(String action) {
    JsonNode items = http.get("/api/v1/audit-events?action=" + action, shop.owner).expect(200)
        .json().path("items");
    assertThat(items).as("audit entries " + action).isNotEmpty();
    return items.get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
