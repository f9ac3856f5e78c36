package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    DeploymentEvent deployment = command.send().join();
    List<String> processIds =
        deployment.getProcesses().stream().map(p -> p.getBpmnProcessId() + " v" + p.getVersion()).toList();
    log.info("Deployed {} resources: processes {}, decisions {}", resources.size(), processIds,
        deployment.getDecisions().size());
    state.markDeployed(deployment);
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
