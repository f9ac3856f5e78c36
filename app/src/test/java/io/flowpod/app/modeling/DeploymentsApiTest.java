package io.flowpod.app.modeling;

import static io.flowpod.app.modeling.ModelUploads.bytes;
import static io.flowpod.app.modeling.ModelUploads.process;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.catalog.CatalogClient.Response;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform operator deploys models through the API: a good upload creates a new version; a bad
 * one (broken XML, an external entity, 10 MB, an unknown job type) is refused with a 400 naming the
 * file and element, and nothing of it is deployed, not even its good files.
 */
@FlowPodIntegrationTest
class DeploymentsApiTest {

  private static final String DEMO_PASSWORD = "demo-password-1";
  private static final String USER_TASK = """
      <bpmn:userTask id="Task_Review">
        <bpmn:extensionElements>
          <zeebe:formDefinition formKey="order-review" />
          <zeebe:assignmentDefinition candidateGroups="managers" />
        </bpmn:extensionElements>
      </bpmn:userTask>""";

  @LocalServerPort int port;

  private CatalogClient api;
  private ModelUploads uploads;
  private String operator;

  @BeforeEach
  void signIn() {
    api = new CatalogClient(port);
    uploads = new ModelUploads(port);
    operator = api.login("superadmin@flowpod.local", DEMO_PASSWORD);
  }

  private static String uniqueProcessId() {
    return "testing-deploy-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aGoodUploadDeploysANewVersionAndIsRecorded() {
    String processId = uniqueProcessId();
    JsonNode first = uploads.upload(operator,
        Map.of(processId + ".bpmn", bytes(process(processId, USER_TASK))), false)
        .expect(201).json();
    assertThat(processVersion(first, processId)).isEqualTo(1);
    assertThat(first.path("files").toString()).contains(processId + ".bpmn");

    String changed = process(processId, USER_TASK.replace("managers", "managers,fulfilment"));
    JsonNode second = uploads.upload(operator, Map.of(processId + ".bpmn", bytes(changed)), false)
        .expect(201).json();
    assertThat(processVersion(second, processId)).isEqualTo(2);

    JsonNode listed = api.get("/api/v1/deployments", operator).expect(200).json();
    assertThat(listed.path("deployments").findValuesAsText("id"))
        .contains(first.path("id").asText(), second.path("id").asText());
  }

  @Test
  void aDryRunOnlyReportsFindings() {
    String processId = uniqueProcessId();
    JsonNode check = uploads.upload(operator, Map.of(processId + ".bpmn",
        bytes(process(processId, "<bpmn:task id=\"task1\" />"))), true).expect(200).json();
    assertThat(check.path("deployable").asBoolean()).isTrue();
    assertThat(check.path("findings").get(0).path("severity").asText()).isEqualTo("WARNING");
    assertThat(check.path("findings").get(0).path("element").asText()).isEqualTo("task1");
    assertNeverDeployed(processId);
  }

  @Test
  void brokenXmlIsRefusedAndNothingIsDeployed() {
    assertRefused("broken.bpmn", bytes("<bpmn:definitions><unclosed></bpmn:definitions>"),
        "broken.bpmn", "is not well-formed XML");
  }

  @Test
  void anExternalEntityIsRefusedNotResolved() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
          <bpmn:process id="testing-xxe" isExecutable="true" name="&x;" />
        </bpmn:definitions>""";
    Response response = assertRefused("xxe.bpmn", bytes(xxe), "xxe.bpmn", "DOCTYPE");
    assertThat(response.text()).doesNotContain("testing-xxe");
  }

  @Test
  void aTenMegabyteFileIsRefusedWith400() {
    byte[] huge = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    Response response = assertRefused("huge.bpmn", huge, "huge.bpmn", "is larger than 1 MB");
    assertThat(response.errorFields()).containsExactlyInAnyOrder("huge.bpmn", "files");
  }

  @Test
  void anUnknownJobTypeIsRefusedNamingTheElementAndType() {
    String processId = uniqueProcessId();
    String model = process(processId, """
        <bpmn:serviceTask id="Task_Launch">
          <bpmn:extensionElements><zeebe:taskDefinition type="rockets.launch" /></bpmn:extensionElements>
        </bpmn:serviceTask>""");
    Response response = assertRefused("launch.bpmn", bytes(model), "launch.bpmn#Task_Launch",
        "'rockets.launch'");
    assertThat(response.json().path("findings").get(0).path("element").asText())
        .isEqualTo("Task_Launch");
    assertNeverDeployed(processId);
  }

  @Test
  void staffAndWorkspaceAdminsMayNotDeploy() {
    String processId = uniqueProcessId();
    for (String email : List.of("staff@demo.flowpod.local", "admin@demo.flowpod.local")) {
      String token = api.login(email, DEMO_PASSWORD);
      uploads.upload(token, Map.of(processId + ".bpmn", bytes(process(processId, USER_TASK))),
          false).expect(403);
      api.get("/api/v1/deployments", token).expect(403);
    }
    assertNeverDeployed(processId);
  }

  /**
   * Uploads the bad file together with a good one: 400 model-rejected naming {@code field}, the
   * deployment list unchanged, and the good file's process never reached the engine.
   */
  private Response assertRefused(String name, byte[] bad, String field, String message) {
    String goodId = uniqueProcessId();
    JsonNode before = api.get("/api/v1/deployments", operator).expect(200).json();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(goodId + ".bpmn", bytes(process(goodId, USER_TASK)));
    files.put(name, bad);
    Response response = uploads.upload(operator, files, false).expect(400);
    assertThat(response.headers().getContentType()).hasToString("application/problem+json");
    JsonNode problem = response.json();
    assertThat(problem.path("type").asText()).isEqualTo("https://flowpod.io/problems/model-rejected");
    assertThat(response.errorFields()).as("the bad file is named, the good one is not")
        .contains(field).noneMatch(fieldName -> fieldName.startsWith(goodId));
    assertThat(problem.path("errors").valueStream()
        .filter(error -> error.path("field").asText().equals(field))
        .map(error -> error.path("message").asText()))
        .anyMatch(text -> text.contains(message));
    assertThat(api.get("/api/v1/deployments", operator).expect(200).json()).isEqualTo(before);
    assertNeverDeployed(goodId);
    return response;
  }

  /** Deploying the process now creates its first version: no earlier upload reached the engine. */
  private void assertNeverDeployed(String processId) {
    JsonNode deployed = uploads.upload(operator,
        Map.of(processId + ".bpmn", bytes(process(processId, USER_TASK))), false)
        .expect(201).json();
    assertThat(processVersion(deployed, processId)).isEqualTo(1);
  }

  private static int processVersion(JsonNode deployment, String processId) {
    for (JsonNode resource : deployment.path("resources")) {
      if (resource.path("kind").asText().equals("PROCESS")
          && resource.path("resourceId").asText().equals(processId)) {
        return resource.path("version").asInt();
      }
    }
    throw new AssertionError("no process " + processId + " in " + deployment);
  }
}
