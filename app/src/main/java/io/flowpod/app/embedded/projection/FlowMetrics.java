package io.flowpod.app.embedded.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Flow metrics for Prometheus, counted from the engine's records: instances started, completed and
 * canceled and incidents created per process, incidents open, and job latency (created to completed)
 * per job type. Names are in docs/operations.md and the Grafana dashboard in docs/grafana/.
 */
final class FlowMetrics {

  private final MeterRegistry registry;

  FlowMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void started(String processId) {
    counter("flowpod.process.instances.started", processId).increment();
  }

  void ended(String processId, boolean completed) {
    counter(completed ? "flowpod.process.instances.completed" : "flowpod.process.instances.canceled",
        processId).increment();
  }

  void incidentCreated(String processId) {
    counter("flowpod.process.incidents.raised", processId).increment();
  }

  void openIncidents(Supplier<Number> count) {
    Gauge.builder("flowpod.process.incidents.open", count).description("Open incidents")
        .register(registry);
  }

  void jobCompleted(String jobType, Duration latency) {
    Timer.builder("flowpod.jobs.latency").tag("type", jobType)
        .description("From job created to job completed")
        .publishPercentileHistogram()
        .register(registry)
        .record(latency.isNegative() ? Duration.ZERO : latency);
  }

  private Counter counter(String name, String processId) {
    return Counter.builder(name).tag("process", processId).register(registry);
  }
}
