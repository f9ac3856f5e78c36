package io.flowpod.domain.audit;

import java.util.Optional;

/**
 * The network address the current request came from, set by the web layer for the length of a
 * request so that audit entries can say where an action came from without every method passing it.
 */
public final class RequestOrigin {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String address) {
    ADDRESS.set(address);
  }

  public static void clear() {
    ADDRESS.remove();
  }

  public static Optional<String> address() {
    return Optional.ofNullable(ADDRESS.get());
  }
}
