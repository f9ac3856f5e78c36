package io.flowpod.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Batch fix actions on the real engine: after a common cause is fixed, one call retries every open
 * incident of a process, and one call cancels every running instance that matches a filter; both
 * stay inside the caller's workspace.
 */
@FlowPodIntegrationTest
class BatchActionsTest {

  private static final String JOB = "testing-batch.fail-first";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired CamundaClient engine;

  @Test
  void retryAllGivesEveryIncidentOfTheProcessAnotherAttemptAndCancelAllEndsTheRest() {
    CatalogClient http = new CatalogClient(port);
    ShopFixture shop = ShopFixture.signup(http);
    ShopFixture bystander = ShopFixture.signup(http);
    String processId = "testing-batch-" + UUID.randomUUID().toString().substring(0, 8);
    engine.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId)
            .startEvent().serviceTask("Task_CallProvider", t -> t.zeebeJobType(JOB).zeebeJobRetries("1"))
            .endEvent().done(), processId + ".bpmn")
        .send().join();
    List<Long> mine = IntStream.range(0, 3).mapToObj(i -> start(processId, shop)).toList();
    long theirs = start(processId, bystander);
    failEveryJob(4);

    Eventually.await("three incidents", WAIT, OrderIncidents.paced(() -> http.get(
        "/api/v1/incidents?processId=" + processId, shop.owner).expect(200).json()),
        list -> list.path("items").size() == 3);
    JsonNode retried = http.post("/api/v1/process-instances/batch/retry", shop.owner,
        Map.of("processId", processId, "retries", 1)).expect(200).json();
    assertThat(retried.path("matched").asInt()).isEqualTo(3);
    assertThat(retried.path("done").size()).isEqualTo(3);

    // The provider is back: the retried jobs come again (the bystander's stays an incident) and succeed.
    List<ActivatedJob> again = activate(3);
    assertThat(again).extracting(ActivatedJob::getProcessInstanceKey)
        .containsExactlyInAnyOrderElementsOf(mine);
    again.forEach(job -> engine.newCompleteCommand(job).send().join());
    Eventually.await("three completed", WAIT, OrderIncidents.paced(() -> http.get(
        "/api/v1/process-instances?processId=" + processId + "&state=COMPLETED", shop.owner)
        .expect(200).json()), list -> list.path("items").size() == 3);
    assertThat(http.get("/api/v1/incidents?processId=" + processId, bystander.owner).expect(200)
        .json().path("items")).hasSize(1);

    JsonNode canceled = http.post("/api/v1/process-instances/batch/cancel", bystander.owner,
        Map.of("processId", processId)).expect(200).json();
    assertThat(canceled.path("done")).hasSize(1);
    assertThat(canceled.path("done").get(0).asLong()).isEqualTo(theirs);
    Eventually.await("the bystander's instance cancelled", WAIT, OrderIncidents.paced(() -> http.get(
        "/api/v1/process-instances/" + theirs, bystander.owner).expect(200).json()),
        detail -> detail.path("summary").path("state").asText().equals("CANCELED"));
  }

  private long start(String processId, ShopFixture shop) {
    return engine.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("tenantId", shop.tenantId.toString()))
        .send().join().getProcessInstanceKey();
  }

  private void failEveryJob(int count) {
    activate(count).forEach(job -> engine.newFailCommand(job).retries(0)
        .errorMessage("The provider did not answer; retry when it is back").send().join());
  }

  private List<ActivatedJob> activate(int count) {
    List<ActivatedJob> jobs = new ArrayList<>();
    Eventually.await(count + " jobs", WAIT, () -> {
      jobs.addAll(engine.newActivateJobsCommand().jobType(JOB).maxJobsToActivate(count - jobs.size())
          .send().join().getJobs());
      return jobs.size();
    }, size -> size == count);
    return jobs;
  }
}
