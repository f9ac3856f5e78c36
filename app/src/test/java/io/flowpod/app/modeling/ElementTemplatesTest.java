package io.flowpod.app.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.app.deployment.RepositoryRoot;
import io.flowpod.domain.ordering.CancelCause;
import io.flowpod.workers.platform.JobWorkerTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every job type a FlowPod worker handles has a Camunda Modeler element template, so an analyst
 * picks the step from a list instead of typing a job type. User tasks are the exception: their job
 * type ({@code io.camunda.zeebe:userTask}) comes from the user task element itself.
 */
class ElementTemplatesTest {

  private static final String SCHEMA =
      "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";
  private static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

  @Test
  void everyWorkerJobTypeHasATemplate() throws IOException {
    TreeSet<String> workerTypes = new TreeSet<>(JobWorkerTypes.workerTypes());
    workerTypes.remove(USER_TASK_JOB_TYPE);
    assertThat(workerTypes).as("the scan finds the workers").contains("orders.reserve-stock",
        "messaging.prepare-message", "inventory.record-receipt", "platform.complete-flow-check");
    assertThat(templatesByJobType().keySet())
        .as("add connectors/element-templates/<name>.json for each worker's job type")
        .containsAll(workerTypes)
        .allMatch(type -> workerTypes.contains(type) || JobWorkerTypes.CONNECTOR_TYPES.contains(type));
  }

  @Test
  void everyTemplateIsAFixedTypeServiceTaskTemplate() throws IOException {
    for (Map.Entry<String, JsonNode> entry : templatesByJobType().entrySet()) {
      JsonNode template = entry.getValue();
      assertThat(template.path("$schema").asText()).as(entry.getKey()).isEqualTo(SCHEMA);
      assertThat(template.path("id").asText()).as(entry.getKey()).startsWith("io.flowpod.");
      assertThat(template.path("elementType").path("value").asText()).isEqualTo("bpmn:ServiceTask");
      assertThat(template.path("appliesTo").toString()).containsAnyOf("bpmn:ServiceTask", "bpmn:Task");
      assertThat(jobTypeProperty(template).path("type").asText()).isEqualTo("Hidden");
    }
  }

  @Test
  void theCancelTemplateOffersExactlyTheCausesTheWorkerKnows() throws IOException {
    JsonNode cancel = templatesByJobType().get("orders.cancel-by-flow");
    List<String> choices = cancel.path("properties").valueStream()
        .filter(p -> p.path("binding").path("key").asText().equals("cause"))
        .flatMap(p -> p.path("choices").valueStream()).map(c -> c.path("value").asText()).toList();
    assertThat(choices).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(CancelCause.values()).map(Enum::name).toList());
  }

  private static Map<String, JsonNode> templatesByJobType() throws IOException {
    Path folder = RepositoryRoot.find().resolve("connectors/element-templates");
    Map<String, JsonNode> byType = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode template = json.readTree(file.toFile());
        if (isCallActivityTemplate(template)) {
          continue;
        }
        String type = jobTypeProperty(template).path("value").asText();
        assertThat(byType.put(type, template)).as("one template per job type: " + type).isNull();
      }
    }
    return byType;
  }

  /** Call-activity templates (notify customer) call a FlowPod process instead of naming a job type. */
  static boolean isCallActivityTemplate(JsonNode template) {
    return template.path("elementType").path("value").asText().equals("bpmn:CallActivity");
  }

  private static JsonNode jobTypeProperty(JsonNode template) {
    return template.path("properties").valueStream()
        .filter(p -> p.path("binding").path("type").asText().equals("zeebe:taskDefinition")
            && p.path("binding").path("property").asText("type").equals("type"))
        .findFirst().orElseThrow(() -> new AssertionError("no job type in " + template.path("id")));
  }
}
