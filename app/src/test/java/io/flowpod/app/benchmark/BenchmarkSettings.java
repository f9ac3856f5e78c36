package io.flowpod.app.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes and bounds of one run, from system properties (the Maven profile passes them through):
 * {@code benchmark.concurrency} (64), {@code benchmark.engine-warmup} (1000),
 * {@code benchmark.engine-instances} (5000), {@code benchmark.flowpod-warmup} (100),
 * {@code benchmark.flowpod-checks} (1000), {@code benchmark.poll-interval-ms} (100: when a client
 * first asks whether its check completed; the interval then doubles up to 1 s), {@code benchmark.phase-time-limit-seconds} (180) and
 * {@code benchmark.app-args}: extra {@code --key=value} arguments for FlowPod, space separated;
 * {@code benchmark.orders} (500, after 50 unmeasured) orders placed to "awaiting payment", and
 * {@code benchmark.catalog-requests} (5000, after 500 unmeasured) storefront catalog pages read by
 * {@code benchmark.catalog-clients} (50) clients.
 */
record BenchmarkSettings(int concurrency, int engineWarmup, int engineInstances, int flowpodWarmup,
    int flowpodChecks, Duration pollInterval, Duration phaseTimeLimit, List<String> appArgs,
    int orders, int catalogRequests, int catalogClients) {

  static BenchmarkSettings fromSystemProperties() {
    String appArgs = System.getProperty("benchmark.app-args", "").strip();
    return new BenchmarkSettings(
        Integer.getInteger("benchmark.concurrency", 64),
        Integer.getInteger("benchmark.engine-warmup", 1000),
        Integer.getInteger("benchmark.engine-instances", 5000),
        Integer.getInteger("benchmark.flowpod-warmup", 100),
        Integer.getInteger("benchmark.flowpod-checks", 1000),
        Duration.ofMillis(Integer.getInteger("benchmark.poll-interval-ms", 100)),
        Duration.ofSeconds(Integer.getInteger("benchmark.phase-time-limit-seconds", 180)),
        appArgs.isEmpty() ? List.of() : Arrays.asList(appArgs.split("\\s+")),
        Integer.getInteger("benchmark.orders", 500),
        Integer.getInteger("benchmark.catalog-requests", 5000),
        Integer.getInteger("benchmark.catalog-clients", 50));
  }
}
