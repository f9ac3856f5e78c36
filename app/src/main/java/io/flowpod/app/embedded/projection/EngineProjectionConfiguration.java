package io.flowpod.app.embedded.projection;

import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.domain.operations.ProcessHistory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Embedded mode's {@link ProcessHistory}: a bounded projection of the in-process engine's log. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "flowpod.mode", havingValue = "embedded", matchIfMissing = true)
class EngineProjectionConfiguration {

  @Bean
  ProcessProjection processProjection(MeterRegistry registry, Clock clock,
      @Value("${flowpod.ops.projection.finished-instances:1000}") int finishedCapacity) {
    return new ProcessProjection(finishedCapacity, new FlowMetrics(registry), clock);
  }

  @Bean
  EngineLogTail engineLogTail(EmbeddedRuntime runtime, ProcessProjection projection,
      @Value("${flowpod.ops.projection.poll-interval:PT0.1S}") Duration pollInterval) {
    return new EngineLogTail(runtime.engineLog(), projection, pollInterval);
  }
}
