package io.flowpod.app.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: {@code concurrency} clients each run one operation after the other until
 * {@code warmup + count} operations have been started or the time limit passes. The first
 * {@code warmup} operations are not measured. Each operation reports its own latency.
 */
final class ClosedLoopLoad {

  /** One operation, start to finish, answering its latency in nanoseconds; throws when it failed. */
  @FunctionalInterface
  interface Operation {
    long run() throws Exception;
  }

  /** An operation whose latency is simply its duration. */
  static Operation timed(Runnable work) {
    return () -> {
      long begin = System.nanoTime();
      work.run();
      return System.nanoTime() - begin;
    };
  }

  private ClosedLoopLoad() {}

  static PhaseResult run(String name, int warmup, int count, int concurrency, Duration limit,
      Operation operation) throws InterruptedException {
    AtomicInteger tickets = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] latencies = new long[count];
    AtomicInteger measured = new AtomicInteger();
    long deadline = System.nanoTime() + limit.toNanos();
    long[] measuredStart = {0};
    Object startLock = new Object();

    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      running.add(clients.submit(() -> {
        int ticket;
        while ((ticket = tickets.getAndIncrement()) < warmup + count && System.nanoTime() < deadline) {
          if (ticket == warmup) {
            synchronized (startLock) {
              measuredStart[0] = System.nanoTime();
            }
          }
          try {
            long latency = operation.run();
            if (ticket >= warmup) {
              latencies[measured.getAndIncrement()] = latency;
            }
          } catch (Exception e) {
            if (errors.getAndIncrement() < 3) {
              System.err.println(name + ": " + e);
            }
          }
        }
        return null;
      }));
    }
    clients.shutdown();
    if (!clients.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
      clients.shutdownNow();
    }
    long end = System.nanoTime();
    long start;
    synchronized (startLock) {
      start = measuredStart[0] == 0 ? end : measuredStart[0];
    }
    int done = measured.get();
    long[] observed = java.util.Arrays.copyOf(latencies, done);
    return new PhaseResult(name, done, errors.get(), Duration.ofNanos(end - start), observed,
        System.nanoTime() >= deadline && done < count);
  }
}
