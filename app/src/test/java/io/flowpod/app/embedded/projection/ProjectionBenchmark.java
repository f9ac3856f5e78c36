package io.flowpod.app.embedded.projection;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.engine.LoopbackEngine;
import io.camunda.zeebe.process.test.engine.LoopbackEngineFactory;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does the embedded engine with its ops projection stay bounded in memory? Runs {@code instances}
 * short process instances (with a tenant and an order reference, like FlowPod's) through the real
 * in-memory engine while the projection tails and compacts its log, and prints the heap after a full
 * GC every tenth of the way. The baseline, in the same run, is the engine without the tail: its log
 * is never compacted, so its heap grows with every instance.
 *
 * <p>Run: {@code mvn -B -q -Pprojection-benchmark -DskipTests verify -pl app -am}
 * (docs/performance.md).
 */
public final class ProjectionBenchmark {

  private static final String PROCESS_ID = "benchmark-projection";
  private static final int IN_FLIGHT = 64;

  private ProjectionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int instances = Integer.getInteger("benchmark.projection-instances", 100_000);
    int baseline = Integer.getInteger("benchmark.projection-baseline", 20_000);
    System.out.printf("Projection benchmark: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    run("(0) warm-up, engine + projection", Math.min(5_000, instances), true);
    Phase without = run("(1) engine, no projection", baseline, false);
    Phase with = run("(2) engine + projection", instances, true);
    System.out.printf(Locale.ROOT, "%nheap growth per 1,000 instances: without %.2f MB, with %.2f MB%n",
        without.growthPerThousandMb(), with.growthPerThousandMb());
    System.out.printf(Locale.ROOT, "throughput with/without projection: %.2f (%.0f vs %.0f instances/s)%n",
        with.perSecond() / without.perSecond(), with.perSecond(), without.perSecond());
    System.exit(0);
  }

  private record Phase(double perSecond, double growthPerThousandMb) {}

  private static Phase run(String name, int instances, boolean project) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    LoopbackEngine engine = LoopbackEngineFactory.createWithLog("127.0.0.1", port);
    engine.engine().start();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ProcessProjection projection = new ProcessProjection(1_000, new FlowMetrics(meters),
        Clock.systemUTC());
    EngineLogTail tail = new EngineLogTail(engine.log(), projection, Duration.ofMillis(100));
    if (project) {
      tail.start();
    }
    System.out.printf("%n%s%n%10s %12s %14s %12s %12s%n", name, "completed", "heap MB (GC)",
        "log blocks", "projected", "running");
    try (CamundaClient client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + port))
        .restAddress(URI.create("http://127.0.0.1:" + port))
        .preferRestOverGrpc(false).build()) {
      client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(PROCESS_ID)
              .startEvent("StartEvent_Placed").intermediateThrowEvent("Event_Noted")
              .endEvent("EndEvent_Done").done(), PROCESS_ID + ".bpmn")
          .send().join();
      String tenant = UUID.randomUUID().toString();
      Semaphore inFlight = new Semaphore(IN_FLIGHT);
      AtomicLong errors = new AtomicLong();
      long firstHeap = heapAfterGcMb();
      long start = System.nanoTime();
      int step = instances / 10;
      for (int i = 1; i <= instances; i++) {
        inFlight.acquire();
        client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
            .variables(Map.of("tenantId", tenant, "orderId", UUID.randomUUID().toString(),
                "orderNumber", String.valueOf(i)))
            .send()
            .whenComplete((result, failure) -> {
              if (failure != null) {
                errors.incrementAndGet();
              }
              inFlight.release();
            });
        if (i % step == 0) {
          inFlight.acquire(IN_FLIGHT);
          inFlight.release(IN_FLIGHT);
          report(i, engine, projection);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long lastHeap = heapAfterGcMb();
      System.out.printf(Locale.ROOT, "%d instances in %.1f s (%.0f/s), %d errors%n", instances,
          seconds, instances / seconds, errors.get());
      return new Phase(instances / seconds, (lastHeap - firstHeap) * 1000.0 / instances);
    } finally {
      tail.stop();
      engine.engine().stop();
    }
  }

  private static void report(int done, LoopbackEngine engine, ProcessProjection projection) {
    ProcessProjection.ProjectionSize size = projection.size();
    System.out.printf(Locale.ROOT, "%10d %12d %14d %12d %12d%n", done, heapAfterGcMb(),
        engine.log().retainedBlocks(), size.finished(), size.running());
  }

  private static long heapAfterGcMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
