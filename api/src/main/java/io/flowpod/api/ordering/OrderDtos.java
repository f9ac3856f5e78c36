package io.flowpod.api.ordering;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.ordering.Customer;
import io.flowpod.domain.ordering.CustomerDetails;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderEvent;
import io.flowpod.domain.ordering.OrderLine;
import io.flowpod.domain.ordering.PlaceOrder;
import io.flowpod.domain.ordering.SalesChannel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the ordering API. Money in minor units of {@code currency}. */
final class OrderDtos {

  private OrderDtos() {}

  /** A new order; prices come from the catalog. {@code termsAccepted} matters in the storefront. */
  record PlaceOrderRequest(CustomerRequest customer, List<LineRequest> lines, Boolean termsAccepted,
      String note) {

    PlaceOrder command(SalesChannel channel) {
      return new PlaceOrder(channel, customer == null ? null : customer.details(),
          lines == null ? null : lines.stream().map(line -> line == null ? null
              : new PlaceOrder.Line(line.productId(),
                  line.quantity() == null ? 0 : line.quantity())).toList(),
          Boolean.TRUE.equals(termsAccepted), note);
    }
  }

  record CustomerRequest(String name, String email, String phone, String locale) {

    CustomerDetails details() {
      return new CustomerDetails(name, email, phone, locale);
    }
  }

  record LineRequest(UUID productId, Long quantity) {}

  record CancelRequest(String reason) {}

  record FulfilmentRequest(String carrier, String trackingNumber) {}

  record LineResponse(int lineNo, UUID productId, String sku, String name, long quantity,
      long unitPriceMinor, int taxRateBasisPoints, long netMinor, long taxMinor, long totalMinor) {

    static LineResponse of(OrderLine l) {
      return new LineResponse(l.lineNo(), l.productId(), l.sku(), l.name(), l.quantity(),
          l.unitPriceMinor(), l.taxRateBasisPoints(), l.netMinor(), l.taxMinor(), l.totalMinor());
    }
  }

  record EventResponse(Instant occurredAt, String kind, String status, String cause,
      UUID actorUserId) {

    static EventResponse of(OrderEvent e) {
      return new EventResponse(e.occurredAt(), e.kind(), e.status().name(), e.cause(),
          e.actorUserId());
    }
  }

  record CustomerResponse(UUID id, String name, String email, String phone) {

    static CustomerResponse of(Customer c) {
      return new CustomerResponse(c.id(), c.name(), c.email(), c.phone());
    }
  }

  /** An order as staff see it: lines, customer, timeline, margin and the flow's deadlines. */
  record OrderResponse(UUID id, long number, String status, String channel, String currency,
      long subtotalMinor, long taxMinor, long totalMinor, long costMinor, String note,
      String cancelReason, String carrier, String trackingNumber, Instant paymentReminderAt,
      Instant paymentDueAt, Instant fulfilmentNoticeAt, Instant autoDeliverAt, Instant placedAt,
      Instant updatedAt, long version, List<LineResponse> lines, CustomerResponse customer,
      List<EventResponse> timeline) {

    static OrderResponse of(Order o, Customer customer, List<OrderEvent> timeline) {
      return new OrderResponse(o.id(), o.number(), o.status().name(), o.channel().name(),
          o.currency(), o.subtotalMinor(), o.taxMinor(), o.totalMinor(), o.costMinor(), o.note(),
          o.cancelReason(), o.carrier(), o.trackingNumber(), o.paymentReminderAt(),
          o.paymentDueAt(), o.fulfilmentNoticeAt(), o.autoDeliverAt(), o.placedAt(), o.updatedAt(),
          o.version(), o.lines().stream().map(LineResponse::of).toList(),
          customer == null ? null : CustomerResponse.of(customer),
          timeline.stream().map(EventResponse::of).toList());
    }
  }

  /** One row of the order list. */
  record OrderSummary(UUID id, long number, String status, String channel, String customerName,
      String currency, long totalMinor, int lineCount, Instant placedAt, Instant updatedAt) {

    static OrderSummary of(Order o, String customerName) {
      return new OrderSummary(o.id(), o.number(), o.status().name(), o.channel().name(),
          customerName, o.currency(), o.totalMinor(), o.lines().size(), o.placedAt(),
          o.updatedAt());
    }
  }

  /** The workspace's order policy as ISO-8601 durations, e.g. {@code PT24H}. */
  record SettingsBody(String paymentReminderAfter, String paymentTimeout,
      String fulfilmentNoticeAfter, String autoDeliverAfter) {}

  /** The answer to a storefront order: the number and the status page the customer keeps. */
  record PlacedResponse(long orderNumber, String statusUrl) {}

  /** A product as shoppers see it (no cost, no custom fields). */
  record PublicProduct(UUID id, String sku, String name, String description, String category,
      String kind, long priceMinor, String currency, int taxRateBasisPoints,
      List<String> imageUrls) {

    static PublicProduct of(Product p) {
      return new PublicProduct(p.id(), p.sku(), p.name(), p.description(), p.category(),
          p.kind().name(), p.priceMinor(), p.currency(), p.taxRateBasisPoints(), p.imageUrls());
    }
  }

  record PublicEvent(Instant occurredAt, String kind, String status) {

    static PublicEvent of(OrderEvent e) {
      return new PublicEvent(e.occurredAt(), e.kind(), e.status().name());
    }
  }

  /** What the status link shows: no name, address or cost. */
  record PublicOrderStatus(long number, String status, String currency, long subtotalMinor,
      long taxMinor, long totalMinor, String carrier, String trackingNumber, Instant paymentDueAt,
      Instant placedAt, List<LineResponse> lines, List<PublicEvent> timeline) {

    static PublicOrderStatus of(Order o, List<OrderEvent> timeline) {
      return new PublicOrderStatus(o.number(), o.status().name(), o.currency(), o.subtotalMinor(),
          o.taxMinor(), o.totalMinor(), o.carrier(), o.trackingNumber(), o.paymentDueAt(),
          o.placedAt(), o.lines().stream().map(LineResponse::of).toList(),
          timeline.stream().map(PublicEvent::of).toList());
    }
  }
}
