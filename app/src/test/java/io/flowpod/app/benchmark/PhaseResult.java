package io.flowpod.app.benchmark;

import java.time.Duration;
import java.util.Arrays;

/** What one measured phase did: completed operations, failures, elapsed time and latencies. */
record PhaseResult(String name, int completed, int errors, Duration elapsed, long[] latencyNanos,
    boolean hitTimeLimit) {

  double perSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds == 0 ? 0 : completed / seconds;
  }

  double percentileMillis(double percentile) {
    if (latencyNanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }
}
