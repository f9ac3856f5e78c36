package io.flowpod.workers.platform;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The "engine" health component: the Zeebe gateway answers a topology request. */
@Component("engine")
class EngineHealth implements HealthIndicator {

  private final CamundaClient client;

  EngineHealth(CamundaClient client) {
    this.client = client;
  }

  @Override
  public Health health() {
    try {
      Topology topology = client.newTopologyRequest().requestTimeout(Duration.ofSeconds(3)).send().join();
      return Health.up()
          .withDetail("brokers", topology.getBrokers().size())
          .withDetail("partitions", topology.getPartitionsCount())
          .withDetail("gatewayVersion", topology.getGatewayVersion())
          .build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
