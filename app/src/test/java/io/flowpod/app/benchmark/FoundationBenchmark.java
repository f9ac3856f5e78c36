package io.flowpod.app.benchmark;

import io.flowpod.app.benchmark.FlowPodThroughput.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * FlowPod's benchmark, one run on this machine: (a) process instances per second through
 * the bare embedded engine, (b) the same one-task work driven through FlowPod's own path, with its
 * latency and its throughput as a ratio to (a), and (c) peak heap and RSS of each phase. Traffic stays
 * on loopback; every phase is bounded in count and time; the process exits when done.
 *
 * <p>Run: {@code mvn -B -q -Pbenchmark -DskipTests verify -pl app -am} (docs/performance.md).
 */
public final class FoundationBenchmark {

  private FoundationBenchmark() {}

  public static void main(String[] args) {
    int status = 0;
    try (MemoryProbe memory = new MemoryProbe()) {
      BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
      System.out.printf("FlowPod foundation benchmark: %d cores, Java %s, max heap %d MB, %d clients%n",
          Runtime.getRuntime().availableProcessors(), Runtime.version(),
          Runtime.getRuntime().maxMemory() >> 20, settings.concurrency());

      memory.reset();
      PhaseResult engine = EngineThroughput.measure(settings);
      Row engineRow = new Row(engine, memory.peakHeapMb(), memory.peakRssMb());

      memory.reset();
      Outcome flowpod = FlowPodThroughput.measure(settings);
      Row flowpodRow = new Row(flowpod.result(), memory.peakHeapMb(), memory.peakRssMb());

      print(engineRow, flowpodRow, flowpod);
      if (engine.errors() > 0 || flowpod.result().errors() > 0
          || flowpod.orderPhases().stream().anyMatch(phase -> phase.errors() > 0)) {
        status = 2;
      }
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // The engine and the app leave worker threads behind; the benchmark ends here, whatever they do.
    System.exit(status);
  }

  private static double ratio(PhaseResult measured, PhaseResult baseline) {
    return baseline.perSecond() == 0 ? 0 : measured.perSecond() / baseline.perSecond();
  }

  private record Row(PhaseResult phase, long peakHeapMb, long peakRssMb) {}

  private static void print(Row engine, Row flowpod, Outcome outcome) {
    String format = "%-26s %8s %7s %8s %10s %8s %8s %10s %10s%n";
    System.out.println();
    System.out.printf(Locale.ROOT, format, "phase", "done", "errors", "seconds", "per second", "p50 ms",
        "p95 ms", "heap MB", "RSS MB");
    List<Row> rows = new ArrayList<>(List.of(engine, flowpod));
    // The order phases ran in the same app as (b); its memory peaks cover them.
    outcome.orderPhases().forEach(phase -> rows.add(new Row(phase, flowpod.peakHeapMb(),
        flowpod.peakRssMb())));
    for (Row row : rows) {
      PhaseResult p = row.phase();
      System.out.printf(Locale.ROOT, format, p.name(), p.completed(), p.errors(),
          "%.1f".formatted(p.elapsed().toMillis() / 1000.0), "%.1f".formatted(p.perSecond()),
          "%.0f".formatted(p.percentileMillis(50)), "%.0f".formatted(p.percentileMillis(95)),
          row.peakHeapMb(), row.peakRssMb());
    }
    System.out.printf(Locale.ROOT, "%n(b)/(a) throughput ratio: %.3f%n",
        ratio(flowpod.phase(), engine.phase()));
    if (!outcome.orderPhases().isEmpty()) {
      System.out.printf(Locale.ROOT, "(c)/(a) throughput ratio: %.3f%n",
          ratio(outcome.orderPhases().get(0), engine.phase()));
    }
    System.out.println("(b) path: " + outcome.path());
    System.out.printf(Locale.ROOT, "FlowPod start to ready (embedded, in this JVM): %.1f s%n",
        outcome.startup().toMillis() / 1000.0);
    if (outcome.rateLimited() > 0) {
      System.out.println("WARNING: " + outcome.rateLimited()
          + " responses were 429 (rate limited); raise the limits with -Dbenchmark.app-args");
    }
    for (Row row : rows) {
      if (row.phase().hitTimeLimit()) {
        System.out.println("NOTE: " + row.phase().name() + " stopped at its time limit");
      }
    }
  }
}
