package io.flowpod.domain.ordering;

import io.flowpod.domain.catalog.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a new order: what a customer and the lines must look like, and how a line is priced
 * from the catalog. Field names are JSON paths of the request ({@code lines[1].quantity}); messages
 * never echo the rejected value.
 */
final class OrderRules {

  static final int MAX_LINES = 100;
  static final long MAX_QUANTITY = 10_000;
  static final int MAX_NOTE = 1000;
  static final int MAX_NAME = 200;
  static final int MAX_EMAIL = 254;
  static final int MAX_SHIPPING_TEXT = 100;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,30}");
  private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  private OrderRules() {}

  /** Adds every problem of the command that needs no catalog lookup. */
  static void checkCommand(PlaceOrder command, Map<String, String> violations) {
    if (command.channel() == null) {
      violations.put("channel", "is required");
    }
    checkCustomer(command.customer(), violations);
    List<PlaceOrder.Line> lines = command.lines();
    if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
      violations.put("lines", "must have 1 to " + MAX_LINES + " lines");
    } else {
      for (int i = 0; i < lines.size(); i++) {
        PlaceOrder.Line line = lines.get(i);
        if (line == null || line.productId() == null) {
          violations.put("lines[" + i + "].productId", "is required");
        }
        if (line == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
          violations.put("lines[" + i + "].quantity", "must be 1 to " + MAX_QUANTITY);
        }
      }
    }
    if (command.channel() == SalesChannel.STOREFRONT && !command.termsAccepted()) {
      violations.put("termsAccepted", "must be accepted to order");
    }
    if (command.note() != null && command.note().strip().length() > MAX_NOTE) {
      violations.put("note", "must be at most " + MAX_NOTE + " characters");
    }
  }

  private static void checkCustomer(CustomerDetails customer, Map<String, String> violations) {
    if (customer == null) {
      violations.put("customer", "is required");
      return;
    }
    if (customer.name() == null || customer.name().isBlank()) {
      violations.put("customer.name", "is required");
    } else if (customer.name().strip().length() > MAX_NAME) {
      violations.put("customer.name", "must be at most " + MAX_NAME + " characters");
    }
    String email = normalizeEmail(customer.email());
    if (email == null || email.isEmpty()) {
      violations.put("customer.email", "is required");
    } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      violations.put("customer.email", "must be an e-mail address");
    }
    if (customer.phone() != null && !customer.phone().isBlank()
        && !PHONE.matcher(customer.phone().strip()).matches()) {
      violations.put("customer.phone", "must be a phone number (digits, spaces, + ( ) . / -)");
    }
    if (customer.locale() != null && !customer.locale().isBlank()
        && !LOCALE.matcher(customer.locale().strip()).matches()) {
      violations.put("customer.locale", "must be a language tag such as en or de-AT");
    }
  }

  /** Adds the line's catalog problem, if any: unknown, archived or priced in another currency. */
  static void checkProduct(int index, Product product, String workspaceCurrency,
      Map<String, String> violations) {
    String field = "lines[" + index + "].productId";
    if (product == null || !product.active()) {
      violations.put(field, "is not an available product");
    } else if (!workspaceCurrency.equals(product.currency())) {
      violations.put(field, "is priced in " + product.currency() + ", not in the workspace's "
          + workspaceCurrency);
    }
  }

  /** The line priced from the catalog as it is now. */
  static OrderLine price(int lineNo, Product product, long quantity) {
    long unitCost = product.costMinor() == null ? 0 : product.costMinor();
    long net = Math.multiplyExact(product.priceMinor(), quantity);
    long tax = tax(net, product.taxRateBasisPoints());
    return new OrderLine(lineNo, product.id(), product.sku(), product.name(), quantity,
        product.priceMinor(), unitCost, product.taxRateBasisPoints(), net, tax,
        Math.addExact(net, tax));
  }

  /** Tax on a net amount in basis points (1000 = 10%), rounded half-up to the minor unit. */
  static long tax(long netMinor, int basisPoints) {
    return BigDecimal.valueOf(netMinor).multiply(BigDecimal.valueOf(basisPoints))
        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The order's sums over its lines: subtotal (net), tax, total and cost. */
  static Totals totals(List<OrderLine> lines) {
    long subtotal = 0;
    long tax = 0;
    long cost = 0;
    for (OrderLine line : lines) {
      subtotal = Math.addExact(subtotal, line.netMinor());
      tax = Math.addExact(tax, line.taxMinor());
      cost = Math.addExact(cost, Math.multiplyExact(line.unitCostMinor(), line.quantity()));
    }
    return new Totals(subtotal, tax, Math.addExact(subtotal, tax), cost);
  }

  record Totals(long subtotalMinor, long taxMinor, long totalMinor, long costMinor) {}

  /** E-mail addresses are matched case-insensitively and stored trimmed and lower case. */
  static String normalizeEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** A free text that is optional: null when blank, stripped otherwise. */
  static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Carrier and tracking number of a shipment: both required, at most 100 characters. */
  static void checkShipment(String carrier, String trackingNumber, Map<String, String> violations) {
    shippingText(carrier, "carrier", violations);
    shippingText(trackingNumber, "trackingNumber", violations);
  }

  private static void shippingText(String value, String field, Map<String, String> violations) {
    if (value == null || value.isBlank()) {
      violations.put(field, "is required");
    } else if (value.strip().length() > MAX_SHIPPING_TEXT) {
      violations.put(field, "must be at most " + MAX_SHIPPING_TEXT + " characters");
    }
  }
}
