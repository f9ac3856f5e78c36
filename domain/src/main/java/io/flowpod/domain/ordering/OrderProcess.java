package io.flowpod.domain.ordering;

/**
 * The names that tie orders to order-lifecycle.bpmn and its order-approval decision. Process variables
 * (all strings unless noted): tenantId, orderId, orderNumber, channel, currency, totalMinor (number),
 * approval ("AUTO" | "REVIEW", from the decision), approved (boolean, from the review task),
 * paymentReminderAt, paymentDueAt, fulfilmentNoticeAt, autoDeliverAt (ISO-8601 instants),
 * approvalDecisionId and reminderDecisionId (the decisions to call: the shipped ones or the
 * workspace's policies), reminderAfterHours (number or null, from the reminder decision).
 */
public final class OrderProcess {

  public static final String PROCESS_ID = "order-lifecycle";
  public static final String DECISION_ID = "order-approval";
  /** The shipped reminder-offset decision: answers null, so the order settings decide. */
  public static final String REMINDER_DECISION_ID = "order-payment-reminder";
  /** Variables naming the decisions the business rule tasks call (see {@link OrderPolicies}). */
  public static final String APPROVAL_DECISION_VARIABLE = "approvalDecisionId";
  public static final String REMINDER_DECISION_VARIABLE = "reminderDecisionId";
  /** The reminder decision's result: hours after the payment request, or null. */
  public static final String REMINDER_AFTER_HOURS_VARIABLE = "reminderAfterHours";

  public static final String PLACED_MESSAGE = "orders.order-placed";
  public static final String CANCELLATION_MESSAGE = "orders.cancellation-requested";
  public static final String DELIVERY_CONFIRMED_MESSAGE = "orders.delivery-confirmed";
  /** Published by payments with the order id as correlation key. */
  public static final String PAYMENT_RECEIVED_MESSAGE = "payments.payment-received";
  public static final String PAYMENT_FAILED_MESSAGE = "payments.payment-failed";

  public static final String RESERVE_STOCK_JOB = "orders.reserve-stock";
  public static final String REQUEST_PAYMENT_JOB = "orders.request-payment";
  /** Every cancellation the flow decides; task header {@code cause} names a {@link CancelCause}. */
  public static final String CANCEL_BY_FLOW_JOB = "orders.cancel-by-flow";
  public static final String CONFIRM_ORDER_JOB = "orders.confirm-order";
  public static final String MARK_DELIVERED_JOB = "orders.mark-delivered";
  public static final String SETTLE_CANCELLATION_JOB = "orders.settle-cancellation";
  public static final String REFUND_PAYMENT_JOB = "orders.refund-payment";
  /**
   * The notify step every flow calls (a call activity with input {@code messageTemplate}, an {@link
   * OrderNotice#template()} here).
   */
  public static final String NOTIFY_CUSTOMER_PROCESS = "notify-customer";

  public static final String REVIEW_FORM = "order-review";
  public static final String FULFILMENT_FORM = "order-fulfilment";

  public static final String OUT_OF_STOCK_ERROR = "OUT_OF_STOCK";

  /** Task header of the cancel-by-flow tasks: a {@link CancelCause} name. */
  public static final String CAUSE_HEADER = "cause";
  /** The business object type of the order's staff tasks (review, fulfilment). */
  public static final String TASK_BUSINESS_OBJECT = "order";
  /** Timeline step recorded once the order's stock is held. */
  public static final String STOCK_RESERVED_STEP = "STOCK_RESERVED";
  /**
   * The cause the flow gives {@link Orders#markDelivered}: only the auto-delivery timer changes the
   * status there, because a confirmed delivery is already DELIVERED when its message arrives.
   */
  public static final String AUTO_DELIVERED_CAUSE = "AUTO_DELIVERED";

  /** Element ids used by flow resumption. */
  public static final String RESERVE_STOCK_ELEMENT = "Task_ReserveStock";
  public static final String AWAIT_PAYMENT_ELEMENT = "Task_AwaitPayment";
  public static final String FULFIL_ELEMENT = "Task_FulfilOrder";
  public static final String AWAIT_DELIVERY_ELEMENT = "Task_AwaitDelivery";

  private OrderProcess() {}
}
