package io.flowpod.domain.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders of the current tenant. Methods marked "flow step" are called by the order flow's workers and
 * are idempotent: repeating one changes nothing and answers the current order. Every status change
 * writes a timeline entry in the same transaction.
 */
@org.springframework.stereotype.Service
public class Orders {

  /** Validates, captures catalog prices, numbers the order and starts its flow (outbox). */
  public Order place(PlaceOrder command) {
    throw new UnsupportedOperationException("skeleton");
  }

  public Optional<Order> find(UUID id) {
    throw new UnsupportedOperationException("skeleton");
  }

  public Optional<Order> findByNumber(long number) {
    throw new UnsupportedOperationException("skeleton");
  }

  public List<Order> list(OrderQuery query) {
    throw new UnsupportedOperationException("skeleton");
  }

  public long count(OrderQuery query) {
    throw new UnsupportedOperationException("skeleton");
  }

  public List<OrderEvent> timeline(UUID id) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Staff or customer: CANCELLED now, the flow then releases stock and refunds; 409 once shipped. */
  public Order cancel(UUID id, String reason, UUID actorUserId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Staff: a shipped order arrived; DELIVERED now and the flow is told. 409 unless shipped. */
  public Order confirmDelivery(UUID id, UUID actorUserId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: a timeline entry without a status change, recorded once per kind. */
  public void recordStep(UUID id, String kind, String cause) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: payment deadlines from the settings, set once; answers the order with them. */
  public Order recordPaymentRequested(UUID id) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: PENDING_PAYMENT to CANCELLED for the cause; no change in any other status. */
  public Order cancelByFlow(UUID id, CancelCause cause) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: PENDING_PAYMENT to CONFIRMED, with the fulfilment notice time from the settings. */
  public Order confirmPaid(UUID id) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Staff (fulfilment task): CONFIRMED to SHIPPED with carrier and tracking; sets autoDeliverAt. */
  public Order ship(UUID id, String carrier, String trackingNumber, UUID actorUserId) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: SHIPPED to DELIVERED (automatic after the configured time). */
  public Order markDelivered(UUID id, String cause) {
    throw new UnsupportedOperationException("skeleton");
  }

  /** Flow step: CANCELLED to REFUNDED once the payment was refunded. */
  public Order markRefunded(UUID id, String refundReference) {
    throw new UnsupportedOperationException("skeleton");
  }
}
