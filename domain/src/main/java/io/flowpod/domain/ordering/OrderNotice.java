package io.flowpod.domain.ordering;

/** Every notice the order flow sends a customer; the template is the notify task's header. */
public enum OrderNotice {
  PAYMENT_REQUESTED("order.payment-requested"),
  PAYMENT_REMINDER("order.payment-reminder"),
  PAYMENT_TIMED_OUT("order.payment-timed-out"),
  PAYMENT_FAILED("order.payment-failed"),
  OUT_OF_STOCK("order.out-of-stock"),
  REJECTED("order.rejected"),
  CONFIRMED("order.confirmed"),
  FULFILMENT_DELAYED("order.fulfilment-delayed"),
  SHIPPED("order.shipped"),
  DELIVERED("order.delivered"),
  CANCELLED("order.cancelled");

  private final String template;

  OrderNotice(String template) {
    this.template = template;
  }

  public String template() {
    return template;
  }

  public static OrderNotice ofTemplate(String template) {
    for (OrderNotice notice : values()) {
      if (notice.template.equals(template)) {
        return notice;
      }
    }
    throw new IllegalArgumentException("Unknown order notice template " + template);
  }
}
