package io.flowpod.workers.platform;

import io.camunda.client.api.response.DeploymentEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The "processes" health component: DOWN until the start-up deployment succeeded. */
@Component("processes")
public class ProcessDeploymentState implements HealthIndicator {

  private final AtomicReference<List<String>> deployed = new AtomicReference<>();

  void markDeployed(DeploymentEvent deployment) {
    deployed.set(deployment.getProcesses().stream()
        .map(p -> p.getBpmnProcessId() + ":" + p.getVersion())
        .toList());
  }

  public boolean isDeployed() {
    return deployed.get() != null;
  }

  @Override
  public Health health() {
    List<String> processes = deployed.get();
    return processes == null
        ? Health.down().withDetail("reason", "processes not deployed yet").build()
        : Health.up().withDetail("processes", processes).build();
  }
}
