package io.flowpod.domain.messaging;

import java.util.Locale;
import java.util.UUID;

/**
 * How staff name a customer where personal data must not appear (incidents, logs, the outbox view):
 * {@code C-} and the first eight hex digits of the id, e.g. {@code C-3F2A9C1D}.
 */
public final class CustomerRef {

  private CustomerRef() {}

  public static String of(UUID customerId) {
    return "C-" + customerId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
