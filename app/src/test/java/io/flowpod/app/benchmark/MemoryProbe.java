package io.flowpod.app.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap used (sampled every 50 ms) and peak resident set size (VmHWM from /proc/self/status,
 * reset per phase where the kernel allows it).
 */
final class MemoryProbe implements AutoCloseable {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private final AtomicLong peakHeapUsed = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  MemoryProbe() {
    sampler = Thread.ofPlatform().daemon().name("memory-probe").start(() -> {
      while (running) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakHeapUsed.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  /** Starts a new phase: forgets the peaks seen so far. */
  void reset() {
    System.gc();
    peakHeapUsed.set(0);
    try {
      Files.writeString(CLEAR_REFS, "5"); // resets VmHWM to the current RSS (Linux >= 4.0)
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not resettable here: the RSS peak then covers the process so far.
    }
  }

  long peakHeapMb() {
    return peakHeapUsed.get() >> 20;
  }

  long peakRssMb() {
    return statusKb("VmHWM:") >> 10;
  }

  static long statusKb(String field) {
    try {
      return Files.readAllLines(STATUS).stream()
          .filter(line -> line.startsWith(field))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst().orElse(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
