package io.flowpod.domain.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * The English words of each order notice: a subject naming the order number, a short text and the
 * status page link; the HTML part says the same with the link clickable.
 */
final class NoticeTexts {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

  record Mail(String subject, String text, String html) {}

  private NoticeTexts() {}

  static Mail render(OrderNotice notice, Order order, String customerName, String shopName,
      ZoneId zone, String statusLink) {
    long n = order.number();
    String total = amount(order.totalMinor(), order.currency());
    String[] words = switch (notice) {
      case PAYMENT_REQUESTED -> new String[] {"Order " + n + ": please complete your payment",
          "thank you for your order " + n + " (" + total + "). Please pay"
              + due(order.paymentDueAt(), zone) + " so that we can send it to you."};
      case PAYMENT_REMINDER -> new String[] {"Order " + n + ": your payment is still open",
          "we have not received the payment of " + total + " for order " + n + " yet. Please pay"
              + due(order.paymentDueAt(), zone) + ", otherwise the order is cancelled."};
      case PAYMENT_TIMED_OUT -> new String[] {"Order " + n + " was cancelled: no payment",
          "we did not receive the payment for order " + n + " in time, so it was cancelled."};
      case PAYMENT_FAILED -> new String[] {"Order " + n + " was cancelled: payment failed",
          "the payment for order " + n + " failed, so the order was cancelled. You can order "
              + "again at any time."};
      case OUT_OF_STOCK -> new String[] {"Order " + n + " was cancelled: out of stock",
          "we are sorry: some items of order " + n + " are out of stock, so it was cancelled."};
      case REJECTED -> new String[] {"Order " + n + " was cancelled",
          "we are sorry: we cannot accept order " + n + ", so it was cancelled."};
      case CONFIRMED -> new String[] {"Order " + n + " is confirmed",
          "we received your payment of " + total + " for order " + n + ". We are preparing it."};
      case FULFILMENT_DELAYED -> new String[] {"Order " + n + " is taking longer",
          "order " + n + " is taking longer to prepare than we planned. We will write again as "
              + "soon as it ships."};
      case SHIPPED -> new String[] {"Order " + n + " has shipped",
          "order " + n + " is on its way" + tracking(order) + "."};
      case DELIVERED -> new String[] {"Order " + n + " was delivered",
          "order " + n + " was delivered. Thank you for shopping with us."};
      case CANCELLED -> new String[] {"Order " + n + " was cancelled",
          "order " + n + " was cancelled. If you already paid, the money is refunded."};
    };
    String greeting = "Hello " + customerName + ",";
    String sentence = words[1];
    String text = greeting + "\n\n" + sentence + "\n\nSee your order here:\n" + statusLink
        + "\n\n" + shopName + "\n";
    String html = "<html><body><p>" + escape(greeting) + "</p><p>" + escape(sentence)
        + "</p><p><a href=\"" + escape(statusLink) + "\">See your order</a></p><p>"
        + escape(shopName) + "</p></body></html>";
    return new Mail(words[0], text, html);
  }

  static String amount(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
  }

  private static String due(Instant dueAt, ZoneId zone) {
    return dueAt == null ? "" : " by " + WHEN.format(dueAt.atZone(zone)) + " (" + zone.getId() + ")";
  }

  private static String tracking(Order order) {
    return order.carrier() == null ? ""
        : " with " + order.carrier() + ", tracking number " + order.trackingNumber();
  }

  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
