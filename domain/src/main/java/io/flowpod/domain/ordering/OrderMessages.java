package io.flowpod.domain.ordering;

import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The order flow's messages ({@link OrderNotice}): service messages to the order's customer about
 * "Order 1042", with the amount, the payment deadline in the workspace's time zone, the carrier and
 * tracking number, and the signed status page link. Texts: {@code messages/order.*.properties}.
 */
@Component
class OrderMessages implements MessageSource {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Set<String> TEMPLATES = Arrays.stream(OrderNotice.values())
      .map(OrderNotice::template).collect(Collectors.toUnmodifiableSet());

  private final Orders orders;
  private final Tenants tenants;
  private final OrderLinks links;
  private final Environment environment;

  OrderMessages(Orders orders, Tenants tenants, OrderLinks links, Environment environment) {
    this.orders = orders;
    this.tenants = tenants;
    this.links = links;
    this.environment = environment;
  }

  @Override
  public Set<String> templates() {
    return TEMPLATES;
  }

  @Override
  public MessageDraft draft(String template, Map<String, String> references) {
    OrderNotice.ofTemplate(template);
    String orderId = references.get("orderId");
    if (orderId == null) {
      throw new IllegalArgumentException("The order message " + template + " needs orderId");
    }
    Order order = orders.find(UUID.fromString(orderId)).orElseThrow(() ->
        new IllegalArgumentException("No order " + orderId + " in this workspace"));
    Customer customer = orders.customer(order.customerId()).orElseThrow(() ->
        new IllegalArgumentException("Order " + order.number() + " has no customer"));
    Tenant tenant = tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    Map<String, String> params = new HashMap<>();
    params.put("name", customer.name());
    params.put("number", String.valueOf(order.number()));
    params.put("total", amount(order.totalMinor(), order.currency()));
    params.put("due", due(order.paymentDueAt(), ZoneId.of(tenant.timeZone())));
    params.put("tracking", order.carrier() == null ? "-"
        : order.carrier() + ", " + order.trackingNumber());
    params.put("link", publicUrl() + links.statusUrl(order));
    return new MessageDraft(new Recipient.Customer(customer.id()), "Order " + order.number(),
        params, MessagePurpose.SERVICE);
  }

  static String amount(long minor, String currency) {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return currency + " " + BigDecimal.valueOf(minor, digits).toPlainString();
  }

  private static String due(Instant dueAt, ZoneId zone) {
    return dueAt == null ? "-" : WHEN.format(dueAt.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** Read per message, not at start: the default names the port the server bound once it listens. */
  private String publicUrl() {
    String url = environment.getProperty("flowpod.public-url", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
