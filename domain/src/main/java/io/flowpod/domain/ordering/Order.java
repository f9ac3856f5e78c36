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

  Order withStatus(OrderStatus newStatus) {
    return copy(newStatus, cancelReason, carrier, trackingNumber, paymentReminderAt, paymentDueAt,
        fulfilmentNoticeAt, autoDeliverAt);
  }

  Order withCancellation(String reason) {
    return copy(OrderStatus.CANCELLED, reason, carrier, trackingNumber, paymentReminderAt,
        paymentDueAt, fulfilmentNoticeAt, autoDeliverAt);
  }

  Order withPaymentDeadlines(Instant reminderAt, Instant dueAt) {
    return copy(status, cancelReason, carrier, trackingNumber, reminderAt, dueAt,
        fulfilmentNoticeAt, autoDeliverAt);
  }

  Order withFulfilmentNoticeAt(Instant noticeAt) {
    return copy(status, cancelReason, carrier, trackingNumber, paymentReminderAt, paymentDueAt,
        noticeAt, autoDeliverAt);
  }

  Order withShipment(String newCarrier, String newTrackingNumber, Instant deliverAt) {
    return copy(OrderStatus.SHIPPED, cancelReason, newCarrier, newTrackingNumber, paymentReminderAt,
        paymentDueAt, fulfilmentNoticeAt, deliverAt);
  }

  private Order copy(OrderStatus newStatus, String newCancelReason, String newCarrier,
      String newTrackingNumber, Instant newReminderAt, Instant newDueAt, Instant newNoticeAt,
      Instant newDeliverAt) {
    return new Order(id, number, newStatus, channel, customerId, currency, subtotalMinor, taxMinor,
        totalMinor, costMinor, lines, note, newCancelReason, newCarrier, newTrackingNumber,
        newReminderAt, newDueAt, newNoticeAt, newDeliverAt, placedAt, updatedAt, version);
  }
}
