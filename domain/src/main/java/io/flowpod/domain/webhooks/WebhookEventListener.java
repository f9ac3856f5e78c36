package io.flowpod.domain.webhooks;

import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderPlaced;
import io.flowpod.domain.ordering.OrderStatusChanged;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.payments.PaymentMessage;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.payments.Payments;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed domain events into webhook deliveries. The outbox (Spring Modulith's publication
 * registry) records each event for this listener with the business change and resubmits it if
 * recording fails, so delivery is at least once; {@link WebhookDeliveries#record} makes it once per
 * endpoint and event.
 *
 * <p>Not {@code @ApplicationModuleListener}: that opens its transaction before the method runs, when
 * no tenant is set yet, so row-level security would hide every endpoint. Like the other listeners,
 * this one is asynchronous after commit and opens its transaction under the event's tenant.
 *
 * <p>Payloads hold ids, numbers, statuses and amounts; never the customer's name, contact or address.
 */
@Component
public class WebhookEventListener {

  private final WebhookDeliveries deliveries;
  private final Orders orders;
  private final Payments payments;
  private final TenantTransactions work;
  private final Clock clock;

  WebhookEventListener(WebhookDeliveries deliveries, Orders orders, Payments payments,
      TenantTransactions work, Clock clock) {
    this.deliveries = deliveries;
    this.orders = orders;
    this.payments = payments;
    this.work = work;
    this.clock = clock;
  }

  /** order.created: {orderId, orderNumber, status, channel, totalMinor, currency}. */
  @Async
  @TransactionalEventListener
  public void on(OrderPlaced event) {
    work.as(event.tenantId(), () -> {
      if (!deliveries.subscribed(WebhookEventType.ORDER_CREATED)) {
        return 0;
      }
      Instant placedAt = orders.find(event.orderId()).map(Order::placedAt)
          .orElse(Instant.now(clock));
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("orderId", event.orderId().toString());
      data.put("orderNumber", event.orderNumber());
      data.put("status", "PENDING_PAYMENT");
      data.put("channel", event.channel().name());
      data.put("totalMinor", event.totalMinor());
      data.put("currency", event.currency());
      return deliveries.record(WebhookEvent.of(event.tenantId(), WebhookEventType.ORDER_CREATED,
          event.orderId().toString(), placedAt, data));
    });
  }

  /** order.updated: {orderId, orderNumber, previousStatus, status, totalMinor, currency}. */
  @Async
  @TransactionalEventListener
  public void on(OrderStatusChanged event) {
    work.as(event.tenantId(), () -> {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("orderId", event.orderId().toString());
      data.put("orderNumber", event.orderNumber());
      data.put("previousStatus", event.previousStatus().name());
      data.put("status", event.status().name());
      data.put("totalMinor", event.totalMinor());
      data.put("currency", event.currency());
      // An order enters each status at most once, so order and status name the change.
      return deliveries.record(WebhookEvent.of(event.tenantId(), WebhookEventType.ORDER_UPDATED,
          event.orderId() + ":" + event.status().name(), event.occurredAt(), data));
    });
  }

  /**
   * payment.received: {payableId, orderId, orderNumber, amountMinor, currency, provider}; orderId and
   * orderNumber are null when the payable is not an order.
   */
  @Async
  @TransactionalEventListener
  public void on(PaymentMessage event) {
    if (event.outcome() != PaymentMessage.Outcome.RECEIVED) {
      return;
    }
    work.as(event.tenantId(), () -> {
      if (!deliveries.subscribed(WebhookEventType.PAYMENT_RECEIVED)) {
        return 0;
      }
      Optional<PaymentRequest> request = payments.find(event.payableId());
      Optional<Order> order = orders.find(event.payableId());
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("payableId", event.payableId().toString());
      data.put("orderId", order.map(o -> o.id().toString()).orElse(null));
      data.put("orderNumber", order.map(Order::number).orElse(null));
      data.put("amountMinor", request.map(PaymentRequest::amountMinor).orElse(null));
      data.put("currency", request.map(PaymentRequest::currency).orElse(null));
      data.put("provider", request.map(r -> r.provider().name()).orElse(null));
      return deliveries.record(WebhookEvent.of(event.tenantId(), WebhookEventType.PAYMENT_RECEIVED,
          event.payableId().toString(), Instant.now(clock), data));
    });
  }
}
