package io.flowpod.app.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for a condition with a deadline, never for a fixed time. */
public final class Eventually {

  private Eventually() {}

  public static <T> T await(String what, Duration timeout, Supplier<T> probe,
      java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last = null;
    while (System.nanoTime() < deadline) {
      last = probe.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Timed out after " + timeout + " waiting for " + what + "; last: " + last);
  }
}
