package io.flowpod.app.privacy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.flowpod.workers.platform.JobWorkerTypes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays notify-customer's prepare step ("nothing to deliver") for one workspace while the channels
 * helper's workers ({@code messaging.prepare-message}) are not in this build; once they are, it does
 * nothing and the real workers send. Records which templates the flow asked for, in order.
 */
final class NotifyStandIn {

  static final String PREPARE = "messaging.prepare-message";

  private final CamundaClient engine;
  private final UUID tenantId;
  private final boolean active = !JobWorkerTypes.workerTypes().contains(PREPARE);
  final List<String> templates = new ArrayList<>();

  NotifyStandIn(CamundaClient engine, UUID tenantId) {
    this.engine = engine;
    this.tenantId = tenantId;
  }

  /** Answers every waiting prepare job of this workspace; true when the real workers run instead. */
  boolean play() {
    if (!active) {
      return true;
    }
    List<ActivatedJob> jobs = engine.newActivateJobsCommand().jobType(PREPARE).maxJobsToActivate(20)
        .timeout(Duration.ofSeconds(1)).requestTimeout(Duration.ofMillis(300)).send().join()
        .getJobs();
    for (ActivatedJob job : jobs) {
      Map<String, Object> variables = job.getVariablesAsMap();
      if (tenantId.toString().equals(variables.get("tenantId"))) {
        templates.add(String.valueOf(variables.get("messageTemplate")));
        engine.newCompleteCommand(job.getKey()).variables(Map.of("deliveryNeeded", false)).send()
            .join();
      }
    }
    return false;
  }
}
