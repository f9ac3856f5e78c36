package io.flowpod.ui.storefront;

import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderEvent;
import io.flowpod.domain.ordering.OrderLinks;
import io.flowpod.domain.ordering.OrderStatus;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.payments.PaymentProvider;
import io.flowpod.domain.payments.PaymentRequest;
import io.flowpod.domain.payments.Payments;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's order status page, reached by the signed link from checkout and the notices. A
 * missing or wrong token answers 404, like an order that does not exist.
 */
@Controller
class OrderStatusController {

  private final Shops shops;
  private final Orders orders;
  private final OrderLinks links;
  private final Payments payments;

  OrderStatusController(Shops shops, Orders orders, OrderLinks links, Payments payments) {
    this.shops = shops;
    this.orders = orders;
    this.links = links;
    this.payments = payments;
  }

  @GetMapping("/shop/{slug}/orders/{number}")
  String status(@PathVariable String slug, @PathVariable long number,
      @RequestParam(name = "t", required = false) String token, Model model) {
    Shop shop = shops.require(slug);
    if (token == null || token.isBlank()
        || !shops.as(shop, () -> links.verify(number, token))) {
      throw new ShopNotFoundException();
    }
    Order order = shops.as(shop, () -> orders.findByNumber(number))
        .orElseThrow(ShopNotFoundException::new);
    List<TimelineEntry> timeline = shops.as(shop, () -> orders.timeline(order.id())).stream()
        .map(event -> entry(shop, event)).toList();
    Optional<PaymentRequest> payment = order.status() == OrderStatus.PENDING_PAYMENT
        ? shops.as(shop, () -> payments.find(order.id())) : Optional.empty();
    model.addAttribute("shop", shop);
    model.addAttribute("order", order);
    model.addAttribute("statusLabel", label(order.status()));
    model.addAttribute("timeline", timeline);
    model.addAttribute("payment", payment.orElse(null));
    model.addAttribute("payLink", payment.map(OrderStatusController::payLink).orElse(null));
    model.addAttribute("awaitingPayment", order.status() == OrderStatus.PENDING_PAYMENT);
    return "shop/order";
  }

  private static TimelineEntry entry(Shop shop, OrderEvent event) {
    return new TimelineEntry(shop.time(event.occurredAt()), shop.isoTime(event.occurredAt()),
        words(event.kind()), words(event.cause()));
  }

  /** The test provider's page is FlowPod's own; a real provider's checkout stays absolute. */
  private static String payLink(PaymentRequest payment) {
    if (payment.payUrl() == null) {
      return null;
    }
    return payment.provider() == PaymentProvider.TEST
        ? OwnLinks.pathAndQuery(payment.payUrl()) : payment.payUrl();
  }

  /** What a customer reads for each status. */
  static String label(OrderStatus status) {
    return switch (status) {
      case PENDING_PAYMENT -> "Awaiting payment";
      case CONFIRMED -> "Confirmed";
      case SHIPPED -> "Shipped";
      case DELIVERED -> "Delivered";
      case CANCELLED -> "Cancelled";
      case REFUNDED -> "Refunded";
    };
  }

  /** A timeline kind such as STOCK_RESERVED as words: "Stock reserved". */
  static String words(String kind) {
    if (kind == null || kind.isBlank()) {
      return "";
    }
    String text = kind.replace('_', ' ').replace('-', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
