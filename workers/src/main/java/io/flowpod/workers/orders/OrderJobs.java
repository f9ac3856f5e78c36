package io.flowpod.workers.orders;

import io.camunda.client.exception.CamundaError;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderLine;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.platform.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * What every order worker shares: it acts as the job's tenant, and any technical failure leaves an
 * incident message that names the order by its number and says what the operator should do. Expected
 * business outcomes ({@link CamundaError}, e.g. a BPMN error) pass through unchanged.
 */
public final class OrderJobs {

  private OrderJobs() {}

  /** A technical failure already worded for the operator. */
  public static final class Failure extends IllegalStateException {
    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs one job's work as the tenant {@code tenantId}.
   *
   * @param step what the job does, e.g. "reserving stock"
   * @param operatorAction what to do before retrying, e.g. "check the products, then retry the job"
   */
  public static <T> T asTenant(String tenantId, String orderNumber, String step,
      String operatorAction, Callable<T> work) {
    try {
      return TenantContext.callAs(UUID.fromString(tenantId), work);
    } catch (CamundaError | Failure passThrough) {
      throw passThrough;
    } catch (RuntimeException e) {
      throw new Failure(incident(orderNumber, step + " failed (" + e.getMessage() + ")",
          operatorAction), e);
    }
  }

  /** Like {@link #asTenant(String, String, String, String, Callable)} for work without a result. */
  public static void runAsTenant(String tenantId, String orderNumber, String step,
      String operatorAction, Runnable work) {
    asTenant(tenantId, orderNumber, step, operatorAction, () -> {
      work.run();
      return null;
    });
  }

  /** "Order 1042: what happened; what to do". */
  public static String incident(String orderNumber, String what, String operatorAction) {
    return "Order " + orderNumber + ": " + what + "; " + operatorAction;
  }

  /**
   * Fails with an operator message naming the order when the flow's {@code orderId} names no order
   * of this workspace: the variable was changed or the order removed, so retrying alone cannot help.
   */
  static Order require(Orders orders, String orderId, String orderNumber) {
    return orders.find(UUID.fromString(orderId)).orElseThrow(() -> new Failure(incident(
        orderNumber, "the order " + orderId + " does not exist in this workspace",
        "check the process variable orderId (the id of order " + orderNumber + " on its order page), "
            + "correct it and retry, or cancel this process instance"), null));
  }

  /** One stock hold per order line. */
  static List<String> reservationReferences(Order order) {
    return order.lines().stream().map((OrderLine line) -> line.reservationReference(order.id()))
        .toList();
  }
}
