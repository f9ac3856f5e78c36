package io.flowpod.workers.orders;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.flowpod.domain.inventory.BatchReservation;
import io.flowpod.domain.inventory.ReservationLine;
import io.flowpod.domain.inventory.Reservations;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.OrderSettingsStore;
import io.flowpod.domain.ordering.Orders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Holds the stock of every order line, all or nothing, until a day after the payment deadline could
 * fall. Not enough stock is a business outcome: BPMN error OUT_OF_STOCK. Idempotent by the lines'
 * reservation references.
 */
@Component
public class ReserveStockWorker {

  /** Payment may take the configured timeout; the hold outlives it so a late payment still finds it. */
  static final Duration HOLD_BEYOND_PAYMENT_TIMEOUT = Duration.ofHours(24);

  private final Orders orders;
  private final Reservations reservations;
  private final OrderSettingsStore settings;
  private final Clock clock;

  ReserveStockWorker(Orders orders, Reservations reservations, OrderSettingsStore settings,
      Clock clock) {
    this.orders = orders;
    this.reservations = reservations;
    this.settings = settings;
    this.clock = clock;
  }

  @JobWorker(type = OrderProcess.RESERVE_STOCK_JOB)
  public void reserve(@Variable String tenantId, @Variable String orderId,
      @Variable String orderNumber) {
    OrderJobs.runAsTenant(tenantId, orderNumber, "reserving stock",
        "check the order's products and the stock store, then retry the job", () -> {
          Order order = OrderJobs.require(orders, orderId, orderNumber);
          Instant expiresAt = Instant.now(clock).plus(settings.current().paymentTimeout())
              .plus(HOLD_BEYOND_PAYMENT_TIMEOUT);
          BatchReservation result = reservations.reserveAll(lines(order), expiresAt);
          if (!result.reserved()) {
            throw CamundaError.bpmnError(OrderProcess.OUT_OF_STOCK_ERROR,
                "Order " + orderNumber + ": not enough stock of " + result.shortProductIds());
          }
          orders.recordStep(order.id(), OrderProcess.STOCK_RESERVED_STEP, null);
        });
  }

  static List<ReservationLine> lines(Order order) {
    return order.lines().stream().map(line -> new ReservationLine(
        line.reservationReference(order.id()), line.productId(), line.quantity())).toList();
  }
}
