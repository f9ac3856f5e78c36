package io.flowpod.domain.webhooks;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The event catalog: what an endpoint can subscribe to. appointment.created and invoice.created (named
 * in issue 4) belong to booking and billing, which do not exist yet: each becomes one line here plus
 * a listener method in {@link WebhookEventListener} once its capability publishes a domain event.
 */
public enum WebhookEventType {
  ORDER_CREATED("order.created", "An order was placed (storefront, API or staff)."),
  ORDER_UPDATED("order.updated", "An order's status changed (paid, shipped, delivered, cancelled, refunded)."),
  PAYMENT_RECEIVED("payment.received", "A payment for an order was received."),
  /** Sent by "send test"; every endpoint receives it, nobody subscribes to it. */
  PING("ping", "A test event sent on request.");

  private final String code;
  private final String description;

  WebhookEventType(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public boolean subscribable() {
    return this != PING;
  }

  public static Optional<WebhookEventType> of(String code) {
    return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
  }

  /** What an endpoint may subscribe to, in catalog order. */
  public static List<WebhookEventType> catalog() {
    return Arrays.stream(values()).filter(WebhookEventType::subscribable).toList();
  }
}
