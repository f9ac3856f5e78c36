package io.flowpod.workers.tasks;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.flowpod.domain.tasks.StaffTaskCompleted;
import io.grpc.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Completes the engine's user-task job after the task's completion committed. Delivered at least once
 * by the outbox (Spring Modulith's registry): a job the engine no longer has (already completed, or
 * its instance was cancelled) counts as done.
 */
@Component
class StaffTaskCompletionPublisher {

  private static final Logger log = LoggerFactory.getLogger(StaffTaskCompletionPublisher.class);

  private final CamundaClient client;

  StaffTaskCompletionPublisher(CamundaClient client) {
    this.client = client;
  }

  @Async
  @TransactionalEventListener
  public void on(StaffTaskCompleted completed) {
    try {
      client.newCompleteCommand(completed.jobKey())
          .variables(completed.variables())
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() != Status.Code.NOT_FOUND) {
        throw e;
      }
      log.info("Job {} of staff task {} is gone from the engine; nothing to complete",
          completed.jobKey(), completed.taskId());
    }
  }
}
