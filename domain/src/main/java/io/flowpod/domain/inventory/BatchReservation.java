package io.flowpod.domain.inventory;

import java.util.List;
import java.util.UUID;

/** All lines held, or none: {@code shortProductIds} names the products that were short. */
public record BatchReservation(boolean reserved, List<UUID> shortProductIds) {

  public BatchReservation {
    shortProductIds = List.copyOf(shortProductIds);
  }
}
