package io.flowpod.domain.ordering;

import io.flowpod.domain.platform.flows.ResumableFlow;
import io.flowpod.domain.platform.flows.Resumption;
import io.flowpod.domain.policies.PolicyDecisions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Re-enters each unfinished order where its status says it stands: an unpaid order from the stock
 * reservation on (every step up to payment is idempotent, so repeating them is harmless), a paid one
 * at fulfilment, a shipped one waiting for delivery. Deadlines travel as the stored instants, so the
 * timers fire when they always would have.
 */
@Component
class OrderResumption implements ResumableFlow {

  private final Orders orders;
  private final PolicyDecisions policies;

  OrderResumption(Orders orders, PolicyDecisions policies) {
    this.orders = orders;
    this.policies = policies;
  }

  @Override
  public String processId() {
    return OrderProcess.PROCESS_ID;
  }

  @Override
  public List<Resumption> inFlightRecords() {
    Map<String, String> decisions = policies.variablesFor(OrderProcess.PROCESS_ID);
    return orders.inFlight().stream().<Resumption>map(order -> new Resumption.ResumeAt(
        "order " + order.number(), element(order.status()),
        variables(OrderPlaced.of(order, decisions), order))).toList();
  }

  private static String element(OrderStatus status) {
    return switch (status) {
      case PENDING_PAYMENT -> OrderProcess.RESERVE_STOCK_ELEMENT;
      case CONFIRMED -> OrderProcess.FULFIL_ELEMENT;
      case SHIPPED -> OrderProcess.AWAIT_DELIVERY_ELEMENT;
      default -> throw new IllegalArgumentException("Order status " + status + " has no flow");
    };
  }

  /** The start variables (decisions as the workspace's policies stand now) plus stored deadlines. */
  static Map<String, Object> variables(OrderPlaced placed, Order order) {
    Map<String, Object> variables = new HashMap<>(placed.variables());
    put(variables, "paymentReminderAt", order.paymentReminderAt());
    put(variables, "paymentDueAt", order.paymentDueAt());
    put(variables, "fulfilmentNoticeAt", order.fulfilmentNoticeAt());
    put(variables, "autoDeliverAt", order.autoDeliverAt());
    return variables;
  }

  private static void put(Map<String, Object> variables, String name, Instant value) {
    if (value != null) {
      variables.put(name, value.toString());
    }
  }
}
