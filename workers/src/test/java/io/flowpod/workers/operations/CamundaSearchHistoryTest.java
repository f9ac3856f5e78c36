package io.flowpod.workers.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.domain.operations.BusinessObject;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.ElementStep;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cluster-mode history with the production Camunda client against a local fake of Camunda's REST
 * API v2 ({@link FakeCamundaSearchApi}): what each tenant's operator sees, and what FlowPod asks the
 * cluster for (the tenant's variable filter on every instance search, bounded pages).
 */
class CamundaSearchHistoryTest {

  private static final UUID TENANT_A = UUID.fromString("0b6f2f0e-5b8c-4c61-9d7e-1a2b3c4d5e6f");
  private static final UUID TENANT_B = UUID.fromString("7c1d9e3a-2f4b-4a8c-b5d6-e7f8a9b0c1d2");
  private static final UUID TENANT_MANY = UUID.fromString("3e5f7a9b-1c2d-4e6f-8a0b-c1d2e3f4a5b6");
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T12:00:00Z");
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions "
      + "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process id=\"order-lifecycle\"/>"
      + "</bpmn:definitions>";

  private static FakeCamundaSearchApi camunda;
  private static CamundaClient client;
  private static CamundaSearchHistory history;

  @BeforeAll
  static void startCluster() {
    camunda = FakeCamundaSearchApi.start();
    client = CamundaClient.newClientBuilder()
        .applyEnvironmentVariableOverrides(false)
        .restAddress(URI.create(camunda.baseUrl()))
        .grpcAddress(URI.create("http://127.0.0.1:1"))
        .preferRestOverGrpc(true)
        .build();
    history = new CamundaSearchHistory(client, "http://localhost:8088/operate/",
        Clock.fixed(NOW.toInstant(), ZoneOffset.UTC));
    seed();
  }

  @AfterAll
  static void stopCluster() {
    client.close();
    camunda.close();
  }

  @BeforeEach
  void forgetRequests() {
    camunda.clearRequests();
  }

  @Test
  void listsTheTenantsInstancesNewestFirstWithTheirBusinessObjectsAndWhereTheyWait() {
    List<InstanceSummary> instances = history.instances(TENANT_A, InstanceFilter.all(50));

    assertThat(instances).extracting(InstanceSummary::key).containsExactly(102L, 101L, 103L, 106L, 104L, 105L);
    InstanceSummary withIncident = instances.get(1);
    assertThat(withIncident.processId()).isEqualTo("order-lifecycle");
    assertThat(withIncident.version()).isEqualTo(2);
    assertThat(withIncident.processDefinitionKey()).isEqualTo(9001L);
    assertThat(withIncident.state()).isEqualTo(InstanceState.INCIDENT);
    assertThat(withIncident.businessObject()).isEqualTo(new BusinessObject("order", "o-1", "Order 1042"));
    assertThat(withIncident.activeElementIds()).containsExactly("Task_ReserveStock");
    assertThat(withIncident.openIncidents()).isEqualTo(1);
    assertThat(withIncident.startedAt()).isEqualTo(at("10:00"));
    assertThat(withIncident.lastProgressAt()).isEqualTo(at("10:01"));
    assertThat(withIncident.endedAt()).isNull();

    InstanceSummary completed = instances.get(5);
    assertThat(completed.state()).isEqualTo(InstanceState.COMPLETED);
    assertThat(completed.businessObject()).isEqualTo(new BusinessObject("invoice", "inv-9", "Invoice 2026-17"));
    assertThat(completed.endedAt()).isEqualTo(at("07:10"));
    assertThat(completed.activeElementIds()).isEmpty();

    assertThat(camunda.requests("/v2/process-instances/search"))
        .allSatisfy(request -> assertThat(tenantFilter(request.body())).isEqualTo("\"" + TENANT_A + "\""));
  }

  @Test
  void filtersByStateProcessAndBusinessObject() {
    assertThat(keys(new InstanceFilter(null, InstanceState.INCIDENT, null, null, 50))).containsExactly(101L);
    assertThat(keys(new InstanceFilter(null, InstanceState.ACTIVE, null, null, 50)))
        .containsExactly(102L, 103L, 106L, 104L);
    assertThat(keys(new InstanceFilter(null, InstanceState.COMPLETED, null, null, 50))).containsExactly(105L);
    assertThat(keys(new InstanceFilter(null, InstanceState.CANCELED, null, null, 50))).isEmpty();
    assertThat(keys(new InstanceFilter(null, null, "order", "o-3", 50))).containsExactly(103L);
    assertThat(keys(new InstanceFilter(null, null, "invoice", null, 50))).containsExactly(105L);
    assertThat(keys(new InstanceFilter("invoice-dunning", null, null, null, 50))).containsExactly(105L);
    assertThat(keys(new InstanceFilter("pledge-reminders", null, null, null, 50))).isEmpty();
    assertThat(keys(new InstanceFilter(null, null, "spaceship", null, 50))).as("unknown type").isEmpty();
    // Tenant B's order is not found by its id from tenant A.
    assertThat(keys(new InstanceFilter(null, null, "order", "o-b", 50))).isEmpty();
  }

  @Test
  void asksForBoundedPagesOnly() {
    List<InstanceSummary> many = history.instances(TENANT_MANY, InstanceFilter.all(5_000));

    assertThat(many).hasSize(CamundaSearchHistory.MAX_LIST);
    assertThat(many.getFirst().key()).isEqualTo(1_130L); // newest first
    JsonNode search = camunda.requests("/v2/process-instances/search").getFirst().body();
    assertThat(search.path("page").path("limit").asInt()).isEqualTo(CamundaSearchHistory.MAX_LIST);
    assertThat(camunda.requests()).allSatisfy(request -> {
      if (request.body() != null) {
        assertThat(request.body().path("page").path("limit").asInt()).isBetween(1, 10_000);
      }
    });
    assertThat(history.instances(TENANT_MANY, InstanceFilter.all(3))).hasSize(3);
  }

  @Test
  void showsAnInstancesPathVariablesTimelineAndIncidentsToItsTenantOnly() {
    InstanceDetail detail = history.instance(TENANT_A, 101L).orElseThrow();

    assertThat(detail.summary().businessObject().label()).isEqualTo("Order 1042");
    assertThat(detail.completedElementIds()).containsExactly("StartEvent_OrderPlaced");
    assertThat(detail.takenFlowIds()).containsExactly("Flow_ToReserve");
    assertThat(detail.variables()).containsEntry("orderId", "\"o-1\"")
        .containsEntry("orderNumber", "\"1042\"")
        .containsEntry("tenantId", "\"" + TENANT_A + "\"");
    assertThat(detail.timeline()).containsExactly(
        new ElementStep("order-lifecycle", "PROCESS", "ACTIVATED", at("10:00")),
        new ElementStep("StartEvent_OrderPlaced", "START_EVENT", "ACTIVATED", at("10:00")),
        new ElementStep("StartEvent_OrderPlaced", "START_EVENT", "COMPLETED", at("10:00")),
        new ElementStep("Task_ReserveStock", "SERVICE_TASK", "ACTIVATED", at("10:01")));
    assertThat(detail.incidents()).extracting(IncidentView::key).containsExactly(501L);

    assertThat(history.instance(TENANT_B, 101L)).isEmpty();
    assertThat(history.instance(TENANT_A, 201L)).isEmpty();
    assertThat(history.instance(TENANT_A, 999L)).isEmpty();
  }

  @Test
  void findsTheActiveElementInstancesAMovedTokenLeaves() {
    assertThat(history.keys(101L, "Task_ReserveStock")).containsExactly(1013L);
    assertThat(history.keys(101L, "StartEvent_OrderPlaced")).as("completed, not active").isEmpty();
  }

  @Test
  void listsTheTenantsOpenIncidentsWithTheirBusinessObjects() {
    List<IncidentView> incidents = history.incidents(TENANT_A, IncidentFilter.all(50));

    assertThat(incidents).containsExactly(new IncidentView(501L, 101L, "order-lifecycle", "Task_ReserveStock",
        "JOB_NO_RETRIES", "Order 1042: the stock service did not answer; retry when it is back", 7001L,
        at("10:05"), new BusinessObject("order", "o-1", "Order 1042")));
    assertThat(history.incidents(TENANT_B, IncidentFilter.all(50))).extracting(IncidentView::key)
        .containsExactly(601L);
    assertThat(history.incidents(TENANT_A, new IncidentFilter("order-lifecycle", "order", "o-1", 50)))
        .hasSize(1);
    assertThat(history.incidents(TENANT_A, new IncidentFilter(null, "order", "o-2", 50))).isEmpty();
    assertThat(history.incidents(TENANT_A, new IncidentFilter("invoice-dunning", null, null, 50))).isEmpty();
    assertThat(history.incidents(TENANT_A, new IncidentFilter(null, null, null, 0))).hasSize(1);
    assertThat(history.incidents(TENANT_A, new IncidentFilter(null, "spaceship", "o-1", 50))).isEmpty();

    assertThat(history.incident(TENANT_A, 501L)).map(IncidentView::businessObject)
        .contains(new BusinessObject("order", "o-1", "Order 1042"));
    assertThat(history.incident(TENANT_A, 601L)).as("tenant B's incident").isEmpty();
    assertThat(history.incident(TENANT_B, 501L)).as("tenant A's incident").isEmpty();
    assertThat(history.incident(TENANT_A, 499L)).as("resolved").isEmpty();
  }

  @Test
  void findsTheTenantsInstancesWaitingTooLongOnAJobOldestFirst() {
    List<InstanceSummary> stuck = history.stuck(TENANT_A, Duration.ofMinutes(30), 10);

    // 102 waits only 10 minutes, 101 has an incident, 104 waits for a person, 202 is tenant B's.
    assertThat(stuck).extracting(InstanceSummary::key).containsExactly(106L, 103L);
    assertThat(stuck.getLast().activeElementIds()).containsExactly("Task_RequestPayment");
    assertThat(history.stuck(TENANT_B, Duration.ofMinutes(30), 10)).extracting(InstanceSummary::key)
        .containsExactly(202L);
    assertThat(history.stuck(TENANT_A, Duration.ofHours(5), 10)).isEmpty();
    assertThat(history.stuck(TENANT_A, Duration.ofMinutes(30), 1)).extracting(InstanceSummary::key)
        .containsExactly(106L);
  }

  @Test
  void keepsTenantsApartEvenWhenTheClusterIgnoresTheVariableFilter() {
    camunda.ignoreVariableFilters(true);
    try {
      assertThat(history.instances(TENANT_A, InstanceFilter.all(50))).extracting(InstanceSummary::key)
          .containsExactly(102L, 101L, 103L, 106L, 104L, 105L);
      assertThat(history.instance(TENANT_A, 201L)).isEmpty();
      assertThat(history.incidents(TENANT_A, IncidentFilter.all(50))).extracting(IncidentView::key)
          .containsExactly(501L);
      assertThat(history.incident(TENANT_A, 601L)).isEmpty();
      assertThat(history.stuck(TENANT_A, Duration.ofMinutes(30), 10)).extracting(InstanceSummary::key)
          .containsExactly(106L, 103L);
    } finally {
      camunda.ignoreVariableFilters(false);
    }
  }

  @Test
  void readsDiagramsAndDeployedVersionsWithTheirRunningInstances() {
    assertThat(history.diagramXml(9001L)).contains(XML);
    assertThat(history.diagramXml(4242L)).isEmpty();

    // Running instances of every tenant: five of A's, two of B's.
    assertThat(history.definitions()).containsExactly(
        new DefinitionUsage("invoice-dunning", 1, 9100L, "invoice-dunning.bpmn", 0),
        new DefinitionUsage("order-lifecycle", 2, 9001L, "order-lifecycle.bpmn", 7),
        new DefinitionUsage("order-lifecycle", 1, 9000L, "order-lifecycle.bpmn", 0));
  }

  @Test
  void linksIntoOperateWhenItsAddressIsConfigured() {
    assertThat(history.operateUrl(101L)).contains("http://localhost:8088/operate/processes/101");
    assertThat(new CamundaSearchHistory(client, "", Clock.systemUTC()).operateUrl(101L)).isEmpty();
  }

  private static List<Long> keys(InstanceFilter filter) {
    return history.instances(TENANT_A, filter).stream().map(InstanceSummary::key).toList();
  }

  /** The value the request's variable filter asks tenantId to equal, as JSON text. */
  private static String tenantFilter(JsonNode body) {
    return StreamSupport.stream(body.path("filter").path("variables").spliterator(), false)
        .filter(v -> "tenantId".equals(v.path("name").asText()))
        .map(v -> v.path("value").isObject() ? v.path("value").path("$eq").asText() : v.path("value").asText())
        .findFirst().orElse(null);
  }

  private static Instant at(String time) {
    return time(time).toInstant();
  }

  private static OffsetDateTime time(String time) {
    return OffsetDateTime.parse("2026-11-22T" + time + ":00Z");
  }

  private static Map<String, String> vars(UUID tenant, String... pairs) {
    var map = new java.util.LinkedHashMap<String, String>();
    map.put("tenantId", "\"" + tenant + "\"");
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static void seed() {
    camunda.definition(9000L, "order-lifecycle", 1, "order-lifecycle.bpmn", XML);
    camunda.definition(9001L, "order-lifecycle", 2, "order-lifecycle.bpmn", XML);
    camunda.definition(9100L, "invoice-dunning", 1, "invoice-dunning.bpmn", XML);

    // Tenant A
    camunda.instance(101L, 9001L, "order-lifecycle", 2, "ACTIVE", true, time("10:00"), null,
        vars(TENANT_A, "orderId", "\"o-1\"", "orderNumber", "\"1042\""));
    camunda.element(101L, 1011L, "order-lifecycle", "PROCESS", "ACTIVE", time("10:00"), null, null);
    camunda.element(101L, 1012L, "StartEvent_OrderPlaced", "START_EVENT", "COMPLETED", time("10:00"),
        time("10:00"), null);
    camunda.element(101L, 1013L, "Task_ReserveStock", "SERVICE_TASK", "ACTIVE", time("10:01"), null, 501L);
    camunda.sequenceFlow(101L, "Flow_ToReserve");
    camunda.incident(499L, 101L, "Task_ReserveStock", "JOB_NO_RETRIES", "an earlier failure, resolved", 7000L,
        time("10:02"), "RESOLVED");
    camunda.incident(501L, 101L, "Task_ReserveStock", "JOB_NO_RETRIES",
        "Order 1042: the stock service did not answer; retry when it is back", 7001L, time("10:05"), "ACTIVE");

    camunda.instance(102L, 9001L, "order-lifecycle", 2, "ACTIVE", false, time("11:00"), null,
        vars(TENANT_A, "orderId", "\"o-2\"", "orderNumber", "1043"));
    camunda.element(102L, 1021L, "Task_ConfirmOrder", "SERVICE_TASK", "ACTIVE", time("11:50"), null, null);

    camunda.instance(103L, 9001L, "order-lifecycle", 2, "ACTIVE", false, time("09:00"), null,
        vars(TENANT_A, "orderId", "\"o-3\""));
    camunda.element(103L, 1031L, "Task_RequestPayment", "SERVICE_TASK", "ACTIVE", time("09:10"), null, null);

    camunda.instance(104L, 9001L, "order-lifecycle", 2, "ACTIVE", false, time("08:00"), null,
        vars(TENANT_A, "orderId", "\"o-4\""));
    camunda.element(104L, 1041L, "Task_PackOrder", "USER_TASK", "ACTIVE", time("08:05"), null, null);

    camunda.instance(105L, 9100L, "invoice-dunning", 1, "COMPLETED", false, time("07:00"), time("07:10"),
        vars(TENANT_A, "invoiceId", "\"inv-9\"", "invoiceNumber", "\"2026-17\""));

    camunda.instance(106L, 9001L, "order-lifecycle", 2, "ACTIVE", false, time("08:20"), null,
        vars(TENANT_A, "orderId", "\"o-6\""));
    camunda.element(106L, 1061L, "Task_NotifyCustomer", "SEND_TASK", "ACTIVE", time("08:30"), null, null);

    // Tenant B
    camunda.instance(201L, 9001L, "order-lifecycle", 2, "ACTIVE", true, time("11:30"), null,
        vars(TENANT_B, "orderId", "\"o-b\""));
    camunda.element(201L, 2011L, "Task_ReserveStock", "SERVICE_TASK", "ACTIVE", time("09:00"), null, 601L);
    camunda.incident(601L, 201L, "Task_ReserveStock", "JOB_NO_RETRIES", "Order o-b: out of retries", 8001L,
        time("11:31"), "ACTIVE");
    camunda.instance(202L, 9001L, "order-lifecycle", 2, "ACTIVE", false, time("07:30"), null,
        vars(TENANT_B, "orderId", "\"o-b2\""));
    camunda.element(202L, 2021L, "Task_RequestPayment", "SERVICE_TASK", "ACTIVE", time("08:00"), null, null);

    // A tenant with more finished instances than one list shows.
    for (long key = 1_001L; key <= 1_130L; key++) {
      camunda.instance(key, 9000L, "order-lifecycle", 1, "COMPLETED", false,
          NOW.minusDays(1).plusMinutes(key - 1_000L), NOW.minusDays(1).plusMinutes(key - 999L),
          vars(TENANT_MANY, "orderId", "\"m-" + key + "\""));
    }
  }
}
