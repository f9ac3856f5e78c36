package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.grpc.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form under {@code classpath:bpmn/} at start, in one deployment. Runs
 * before the application reports ready, so readiness stays down until the engine knows every process.
 * Zeebe ignores a resource identical to the deployed version, so restarts create no new versions.
 */
@Component
@Order(ProcessDeployer.ORDER)
public class ProcessDeployer implements ApplicationRunner {

  public static final int ORDER = 0;
  private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(30);
  private static final int DEPLOY_ATTEMPTS = 3;
  private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
  private static final String[] PATTERNS = {
    "classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:bpmn/**/*.form"
  };

  private final CamundaClient client;
  private final ProcessDeploymentState state;

  ProcessDeployer(CamundaClient client, ProcessDeploymentState state) {
    this.client = client;
    this.state = state;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Resource> resources = resources();
    if (resources.isEmpty()) {
      throw new IllegalStateException("No BPMN/DMN resources found under classpath:bpmn/");
    }
    DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
    for (Resource resource : resources) {
      byte[] bytes = read(resource);
      command = command == null
          ? client.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
          : command.addResourceBytes(bytes, resource.getFilename());
    }
    DeploymentEvent deployment = deployWithRetries(command);
    List<String> processIds =
        deployment.getProcesses().stream().map(p -> p.getBpmnProcessId() + " v" + p.getVersion()).toList();
    log.info("Deployed {} resources: processes {}, decisions {}", resources.size(), processIds,
        deployment.getDecisions().size());
    state.markDeployed(deployment);
  }

  /**
   * Deploying identical resources again changes nothing, so a start-up deployment that timed out or
   * found the engine not yet answering (a loaded machine) is simply sent again, with a generous
   * deadline, before start-up gives up.
   */
  private static DeploymentEvent deployWithRetries(
      DeployResourceCommandStep1.DeployResourceCommandStep2 command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.requestTimeout(DEPLOY_TIMEOUT).send().join();
      } catch (ClientStatusException e) {
        Status.Code code = e.getStatusCode();
        boolean retryable = code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
        if (!retryable || attempt == DEPLOY_ATTEMPTS) {
          throw e;
        }
        log.warn("Deploying the models failed ({}), attempt {} of {}; trying again", code, attempt,
            DEPLOY_ATTEMPTS);
        sleep(Duration.ofSeconds(2));
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while deploying the models", e);
    }
  }

  private static List<Resource> resources() {
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        found.addAll(Arrays.asList(resolver.getResources(pattern)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
