package io.flowpod.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.app.support.SignupRequests;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A BPMN user task becomes a staff task in the inbox, a person completes it through its form, and
 * the engine's instance continues with the form's variables. Runs a test-only process on the real
 * engine.
 */
@FlowPodIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffTasksTest {

  private static final String PROCESS = "test-staff-task";

  @Autowired CamundaClient engine;
  @LocalServerPort int port;

  CatalogClient http;
  String tenantId;
  String token;
  String otherToken;

  @BeforeAll
  void deployAndSignUp() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
        .startEvent()
        .userTask("Task_Check", task -> task.zeebeFormKey(CheckForm.KEY)
            .zeebeCandidateGroups("testers"))
        .endEvent()
        .done();
    engine.newDeployResourceCommand().addProcessModel(model, PROCESS + ".bpmn").send().join();
    http = new CatalogClient(port);
    JsonNode owner = signUp();
    tenantId = owner.path("tenantId").asText();
    token = owner.path("accessToken").asText();
    otherToken = signUp().path("accessToken").asText();
  }

  @Test
  void aCompletedTaskContinuesTheFlowWithTheFormsVariables() throws Exception {
    String checkId = UUID.randomUUID().toString();
    Future<ProcessInstanceResult> instance = start(checkId);
    JsonNode task = awaitOpenTask(checkId);
    assertThat(task.path("title").asText()).isEqualTo("Check " + checkId);
    assertThat(task.path("candidateGroup").asText()).isEqualTo("testers");

    JsonNode detail = http.get("/api/v1/tasks/" + task.path("id").asText(), token).expect(200).json();
    assertThat(detail.path("fields").get(0).path("name").asText()).isEqualTo("ok");

    String path = "/api/v1/tasks/" + task.path("id").asText();
    Response invalid = http.post(path + "/complete", token, Map.of("variables", Map.of("ok", "maybe")));
    assertThat(invalid.expect(400).errorFields()).containsExactly("ok");
    assertThat(http.get(path, token).json().path("task").path("status").asText()).isEqualTo("OPEN");

    http.post(path + "/claim", token, Map.of()).expect(200);
    JsonNode done = http.post(path + "/complete", token, Map.of("variables", Map.of("ok", true)))
        .expect(200).json();
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(http.post(path + "/complete", token, Map.of("variables", Map.of("ok", true))).status())
        .isEqualTo(409);

    ProcessInstanceResult result = instance.get(60, TimeUnit.SECONDS);
    assertThat(result.getVariablesAsMap()).containsEntry("checked", true);
  }

  @Test
  void anotherWorkspaceSeesNoneOfTheTasks() {
    String checkId = UUID.randomUUID().toString();
    start(checkId);
    String path = "/api/v1/tasks/" + awaitOpenTask(checkId).path("id").asText();

    assertThat(http.get(path, otherToken).status()).isEqualTo(404);
    assertThat(http.post(path + "/claim", otherToken, Map.of()).status()).isEqualTo(404);
    assertThat(http.post(path + "/complete", otherToken, Map.of("variables", Map.of("ok", true)))
        .status()).isEqualTo(404);
    assertThat(http.get("/api/v1/tasks?businessObjectId=" + checkId, otherToken).json()
        .path("totalItems").asLong()).isZero();
    assertThat(http.get(path, token).json().path("task").path("status").asText()).isEqualTo("OPEN");
  }

  private Future<ProcessInstanceResult> start(String checkId) {
    return engine.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
        .variables(Map.of("tenantId", tenantId, "checkId", checkId))
        .withResult().requestTimeout(Duration.ofSeconds(90)).send();
  }

  private JsonNode awaitOpenTask(String checkId) {
    return Eventually.await("the user task in the inbox", Duration.ofSeconds(30), () -> {
      JsonNode items = http.get("/api/v1/tasks?businessObjectId=" + checkId, token).expect(200)
          .json().path("items");
      return items.isEmpty() ? null : items.get(0);
    }, task -> task != null);
  }

  private JsonNode signUp() {
    String slug = "tasks-" + UUID.randomUUID().toString().substring(0, 8);
    return http.post("/api/v1/auth/signup", null,
        SignupRequests.body(slug, slug + "@owner.example", "correct-horse-battery"))
        .expect(201).json();
  }
}
