package io.flowpod.domain.customers;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/** One sender on one chat channel; {@code customerId} is null until they register. */
public record ChatIdentity(UUID id, Channel channel, String address, UUID customerId, String locale,
    Instant blockedAt, Instant lastInboundAt) {

  public boolean blocked() {
    return blockedAt != null;
  }

  public boolean registered() {
    return customerId != null;
  }
}
