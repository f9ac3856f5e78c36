package io.flowpod.domain.platform;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread acts for. The transaction manager copies it into the database
 * session at the start of every transaction, where row-level security reads it; with no tenant set, a
 * query sees no tenant-owned rows at all.
 */
public final class TenantContext {

  private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<UUID> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static UUID require() {
    return current().orElseThrow(() -> new IllegalStateException("No tenant set for this work"));
  }

  /** Runs work as the given tenant and restores whatever was set before. */
  public static <T> T callAs(UUID tenantId, Callable<T> work) {
    UUID previous = CURRENT.get();
    CURRENT.set(tenantId);
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      restore(previous);
    }
  }

  public static void runAs(UUID tenantId, Runnable work) {
    callAs(tenantId, () -> {
      work.run();
      return null;
    });
  }

  /** For request filters that bracket a whole request; pair with {@link #clear()}. */
  public static void set(UUID tenantId) {
    CURRENT.set(tenantId);
  }

  public static void clear() {
    CURRENT.remove();
  }

  private static void restore(UUID previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
