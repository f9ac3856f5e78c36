package io.flowpod.domain.ordering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order of the current workspace. Money in minor units of {@code currency}. */
public record Order(UUID id, long number, OrderStatus status, SalesChannel channel, UUID customerId,
    String currency, long subtotalMinor, long taxMinor, long totalMinor, long costMinor,
    List<OrderLine> lines, String note, String cancelReason, String carrier, String trackingNumber,
    Instant paymentReminderAt, Instant paymentDueAt, Instant fulfilmentNoticeAt,
    Instant autoDeliverAt, Instant placedAt, Instant updatedAt, long version) {

  public Order {
    lines = List.copyOf(lines);
  }
}
