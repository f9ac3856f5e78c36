package io.flowpod.app.modeling;

import static io.flowpod.app.modeling.ModelUploads.bytes;
import static io.flowpod.app.modeling.ModelUploads.process;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.SignupRequests;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.ProcessHistory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A workspace admin moves a running instance to a new version of its process on the real engine: v1
 * waits for one message; v2 adds a second wait after it. After the migration the instance continues
 * in v2 (it reaches the step only v2 has); another workspace's instance on v1 is neither listed nor
 * moved.
 */
@FlowPodIntegrationTest
class ProcessMigrationTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String FIRST_WAIT = """
      <bpmn:intermediateCatchEvent id="Event_FirstHappened">
        <bpmn:messageEventDefinition id="MessageEventDefinition_First" messageRef="Message_First" />
      </bpmn:intermediateCatchEvent>""";
  private static final String SECOND_WAIT = """
      <bpmn:intermediateCatchEvent id="Event_SecondHappened">
        <bpmn:messageEventDefinition id="MessageEventDefinition_Second" messageRef="Message_Second" />
      </bpmn:intermediateCatchEvent>""";

  @LocalServerPort int port;
  @Autowired CamundaClient engine;
  @Autowired ProcessHistory history;

  private CatalogClient api;
  private ModelUploads uploads;
  private String operator;

  @BeforeEach
  void signIn() {
    api = new CatalogClient(port);
    uploads = new ModelUploads(port);
    operator = api.login("superadmin@flowpod.local", "demo-password-1");
  }

  /** Messages and a sequence through the given steps (ids in order). */
  private static String model(String processId, String messages, String... steps) {
    StringBuilder body = new StringBuilder();
    String previous = "Start_Requested";
    for (String step : steps) {
      String id = step.substring(step.indexOf("id=\"") + 4, step.indexOf('"', step.indexOf("id=\"") + 4));
      body.append(step).append('\n');
      body.append("<bpmn:sequenceFlow id=\"Flow_To").append(id).append("\" sourceRef=\"")
          .append(previous).append("\" targetRef=\"").append(id).append("\" />\n");
      previous = id;
    }
    body.append("<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"").append(previous)
        .append("\" targetRef=\"End_Done\" />");
    return process(processId, body.toString()).replace("<bpmn:process", messages + "<bpmn:process");
  }

  private static String messages() {
    return """
        <bpmn:message id="Message_First" name="testing.first-happened">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=objectId" /></bpmn:extensionElements>
        </bpmn:message>
        <bpmn:message id="Message_Second" name="testing.second-happened">
          <bpmn:extensionElements><zeebe:subscription correlationKey="=objectId" /></bpmn:extensionElements>
        </bpmn:message>
        """;
  }

  private long deploy(String processId, String xml) {
    JsonNode deployed = uploads.upload(operator, Map.of(processId + ".bpmn", bytes(xml)), false)
        .expect(201).json();
    return deployed.path("resources").get(0).path("key").asLong();
  }

  private record Workspace(UUID tenantId, String adminToken) {}

  private Workspace newWorkspace() {
    String slug = "mig-" + UUID.randomUUID().toString().substring(0, 8);
    JsonNode account = api.post("/api/v1/auth/signup", null,
        SignupRequests.body(slug, slug + "@owner.example", "correct-horse-battery")).expect(201).json();
    return new Workspace(UUID.fromString(account.path("tenantId").asText()),
        account.path("accessToken").asText());
  }

  private long start(String processId, Workspace workspace, String objectId) {
    return engine.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("tenantId", workspace.tenantId().toString(), "objectId", objectId))
        .send().join().getProcessInstanceKey();
  }

  private JsonNode migrate(Workspace workspace, long source, long target, boolean dryRun) {
    return api.post("/api/v1/process-definitions/" + source + "/migrations", workspace.adminToken(),
        Map.of("targetProcessDefinitionKey", Long.toString(target), "dryRun", dryRun))
        .expect(200).json();
  }

  private Optional<InstanceDetail> detail(Workspace workspace, long key) {
    return history.instance(workspace.tenantId(), key);
  }

  /** Two workspaces each with one instance waiting in v1, and v2 deployed and known. */
  private record Scenario(long v1, long v2, Workspace shop, Workspace other, long mine,
      long theirs, String objectId) {}

  private Scenario twoWorkspacesOnV1ThenV2() {
    String processId = "testing-migrate-" + UUID.randomUUID().toString().substring(0, 8);
    long v1 = deploy(processId, model(processId, messages(), FIRST_WAIT));
    Workspace shop = newWorkspace();
    Workspace other = newWorkspace();
    String objectId = "obj-" + UUID.randomUUID();
    long mine = start(processId, shop, objectId);
    long theirs = start(processId, other, "obj-" + UUID.randomUUID());
    Eventually.await("both instances wait in v1", WAIT,
        () -> detail(shop, mine).isPresent() && detail(other, theirs).isPresent()
            && detail(shop, mine).get().summary().activeElementIds().contains("Event_FirstHappened"),
        ready -> ready);
    long v2 = deploy(processId, model(processId, messages(), FIRST_WAIT, SECOND_WAIT));
    Eventually.await("the workspace sees v2", WAIT,
        () -> api.get("/api/v1/process-definitions", shop.adminToken()).expect(200).json(),
        list -> list.findValuesAsText("processDefinitionKey").contains(Long.toString(v2)));
    return new Scenario(v1, v2, shop, other, mine, theirs, objectId);
  }

  @Test
  void aDryRunListsOnlyTheWorkspacesOwnInstancesAndWhetherTheyCanMove() {
    Scenario s = twoWorkspacesOnV1ThenV2();
    JsonNode versions = api.get("/api/v1/process-definitions", s.shop().adminToken()).json();
    for (JsonNode version : versions) {
      if (version.path("processDefinitionKey").asText().equals(Long.toString(s.v1()))) {
        assertThat(version.path("runningInstances").asLong()).as("only its own instance").isOne();
      }
    }
    JsonNode check = migrate(s.shop(), s.v1(), s.v2(), true);
    assertThat(check.path("instances").findValuesAsText("processInstanceKey"))
        .containsExactly(Long.toString(s.mine()));
    assertThat(check.path("instances").get(0).path("allowed").asBoolean()).isTrue();
    assertThat(check.path("instances").get(0).path("outcome").isNull()).isTrue();
    assertThat(migrate(s.other(), s.v1(), s.v2(), true).path("instances")
        .findValuesAsText("processInstanceKey")).containsExactly(Long.toString(s.theirs()));

    JsonNode backwards = migrate(s.shop(), s.v2(), s.v1(), true);
    assertThat(backwards.path("instances").size()).as("nothing runs on v2 yet").isZero();
  }

  /**
   * Needs ProcessCommands (workers) and a projection that follows migrated instances to their new
   * version.
   */
  @Test
  void aMigratedInstanceContinuesInTheNewVersion() {
    Scenario s = twoWorkspacesOnV1ThenV2();
    JsonNode done = migrate(s.shop(), s.v1(), s.v2(), false);
    assertThat(done.path("instances").get(0).path("outcome").asText()).isEqualTo("MIGRATED");
    Eventually.await("the instance runs on v2", WAIT,
        () -> detail(s.shop(), s.mine()).orElseThrow(), d -> d.summary().version() == 2);

    engine.newPublishMessageCommand().messageName("testing.first-happened")
        .correlationKey(s.objectId()).send().join();
    Eventually.await("the instance reaches the step only v2 has", WAIT,
        () -> detail(s.shop(), s.mine()).orElseThrow().summary().activeElementIds(),
        active -> active.contains("Event_SecondHappened"));
    assertThat(detail(s.other(), s.theirs()).orElseThrow().summary().version())
        .as("the other workspace's instance stays").isEqualTo(1);
  }

  @Test
  void staffMayNotMigrateAndUnknownVersionsAreNotFound() {
    String staff = api.login("staff@demo.flowpod.local", "demo-password-1");
    api.post("/api/v1/process-definitions/1/migrations", staff,
        Map.of("targetProcessDefinitionKey", "2", "dryRun", true)).expect(403);
    String admin = api.login("admin@demo.flowpod.local", "demo-password-1");
    api.post("/api/v1/process-definitions/1/migrations", admin,
        Map.of("targetProcessDefinitionKey", "2", "dryRun", true)).expect(404);
    api.post("/api/v1/process-definitions/1/migrations", admin, Map.of("dryRun", true))
        .expect(400);
  }
}
