package io.flowpod.processes.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Given/when/then vocabulary over the in-memory engine, so a process test reads like the scenario it
 * checks and could move to Camunda Process Test with the same shape. Workers are not running: a test
 * plays each worker by completing (or failing) the job of its type.
 */
public final class ProcessScenario {

  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;

  public ProcessScenario(ZeebeTestEngine engine, ZeebeClient client) {
    this.engine = engine;
    this.client = client;
  }

  public ProcessScenario deployed(String... classpathResources) {
    var command = client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
    for (int i = 1; i < classpathResources.length; i++) {
      command = command.addResourceFromClasspath(classpathResources[i]);
    }
    command.send().join();
    return idle();
  }

  public ProcessScenario messagePublished(String name, String correlationKey, String messageId,
      Map<String, Object> variables) {
    return messageBuffered(name, correlationKey, messageId, Duration.ZERO, variables);
  }

  /** A message the engine keeps for {@code timeToLive} until an instance waits for it. */
  public ProcessScenario messageBuffered(String name, String correlationKey, String messageId,
      Duration timeToLive, Map<String, Object> variables) {
    client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
        .messageId(messageId).timeToLive(timeToLive).variables(variables).send().join();
    return idle();
  }

  public long startedBefore(String processId, String elementId, Map<String, Object> variables) {
    long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(variables).startBeforeElement(elementId).send().join().getProcessInstanceKey();
    idle();
    return key;
  }

  public ProcessScenario timePassed(Duration duration) {
    engine.increaseTime(duration);
    return idle();
  }

  /** Activates the waiting jobs of a type, as its worker would. */
  public List<ActivatedJob> jobsOfType(String type) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
        .requestTimeout(Duration.ofMillis(500)).send().join().getJobs();
  }

  public ActivatedJob singleJobOfType(String type) {
    List<ActivatedJob> jobs = jobsOfType(type);
    assertThat(jobs).as("jobs of type %s", type).hasSize(1);
    return jobs.getFirst();
  }

  /**
   * Waits (with a deadline) for one job of a type: for timers that are already due, which the engine
   * fires on its own due-date check shortly after, in real time.
   */
  public ActivatedJob awaitJobOfType(String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<ActivatedJob> jobs = jobsOfType(type);
      if (!jobs.isEmpty()) {
        assertThat(jobs).as("jobs of type %s", type).hasSize(1);
        return jobs.getFirst();
      }
    }
    throw new AssertionError("No job of type " + type + " within " + timeout);
  }

  public ProcessScenario completed(ActivatedJob job, Map<String, Object> variables) {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    return idle();
  }

  public ProcessScenario failed(ActivatedJob job, int retriesLeft, String message) {
    client.newFailCommand(job.getKey()).retries(retriesLeft).errorMessage(message).send().join();
    return idle();
  }

  public ProcessScenario bpmnError(ActivatedJob job, String code, String message) {
    client.newThrowErrorCommand(job.getKey()).errorCode(code).errorMessage(message).send().join();
    return idle();
  }

  public ProcessScenario idle() {
    try {
      engine.waitForIdleState(IDLE_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Engine did not become idle", e);
    }
    return this;
  }
}
