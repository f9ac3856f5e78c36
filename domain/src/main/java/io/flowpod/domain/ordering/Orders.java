package io.flowpod.domain.ordering;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.policies.PolicyDecisions;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders of the current tenant. Methods marked "flow step" are called by the order flow's workers and
 * are idempotent: repeating one changes nothing and answers the current order. Every status change
 * writes a timeline entry in the same transaction.
 *
 * <p>Transitions lock the order's row ({@code select ... for update}) and bump its version, so
 * concurrent transitions queue and each sees the other's outcome. Timeline entries carry a dedupe key
 * (the kind), so a repeated job records its step once.
 */
@org.springframework.stereotype.Service
public class Orders {

  /** Timeline kinds written by this service; flow steps add their own through {@link #recordStep}. */
  public static final String PLACED = "PLACED";
  public static final String PAYMENT_REQUESTED = "PAYMENT_REQUESTED";
  public static final String CANCELLED = "CANCELLED";
  public static final String CONFIRMED = "CONFIRMED";
  public static final String SHIPPED = "SHIPPED";
  public static final String DELIVERED = "DELIVERED";
  public static final String REFUNDED = "REFUNDED";
  public static final String REVIEWED = "REVIEWED";
  static final int MAX_REASON = 500;

  private final OrderStore store;
  private final CustomerStore customers;
  private final Products products;
  private final Tenants tenants;
  private final OrderSettingsStore settings;
  private final PolicyDecisions policies;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Orders(OrderStore store, CustomerStore customers, Products products, Tenants tenants,
      OrderSettingsStore settings, PolicyDecisions policies, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.customers = customers;
    this.products = products;
    this.tenants = tenants;
    this.settings = settings;
    this.policies = policies;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Validates, captures catalog prices, numbers the order and starts its flow (outbox).
   *
   * @throws OrderException INVALID with every field problem at once; nothing is stored then
   */
  @Transactional
  public Order place(PlaceOrder command) {
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkCommand(command, violations);
    String currency = workspace().currency();
    Map<UUID, Product> catalog = new HashMap<>();
    if (command.lines() != null && command.lines().size() <= OrderRules.MAX_LINES) {
      for (int i = 0; i < command.lines().size(); i++) {
        PlaceOrder.Line line = command.lines().get(i);
        if (line != null && line.productId() != null) {
          Product product = catalog.computeIfAbsent(line.productId(),
              id -> products.find(id).orElse(null));
          OrderRules.checkProduct(i, product, currency, violations);
        }
      }
    }
    if (!violations.isEmpty()) {
      throw OrderException.invalid(violations);
    }
    List<OrderLine> lines = new ArrayList<>();
    OrderRules.Totals totals;
    try {
      for (int i = 0; i < command.lines().size(); i++) {
        PlaceOrder.Line line = command.lines().get(i);
        lines.add(OrderRules.price(i + 1, catalog.get(line.productId()), line.quantity()));
      }
      totals = OrderRules.totals(lines);
    } catch (ArithmeticException e) {
      throw OrderException.invalid(Map.of("lines", "the order total is too large"));
    }
    Instant now = Instant.now(clock);
    CustomerDetails details = command.customer();
    UUID customerId = customers.upsert(details.name().strip(),
        OrderRules.normalizeEmail(details.email()), OrderRules.optional(details.phone()),
        OrderRules.optional(details.locale()), now);
    Order order = new Order(UUID.randomUUID(), store.nextNumber(), OrderStatus.PENDING_PAYMENT,
        command.channel(), customerId, currency, totals.subtotalMinor(), totals.taxMinor(),
        totals.totalMinor(), totals.costMinor(), lines, OrderRules.optional(command.note()), null,
        null, null, null, null, null, null, now, now, 0);
    store.insert(order);
    store.addEvent(order.id(), PLACED, order.status(), command.channel().name(), null, PLACED, now);
    events.publishEvent(OrderPlaced.of(order, policies.variablesFor(OrderProcess.PROCESS_ID)));
    return order;
  }

  @Transactional(readOnly = true)
  public Optional<Order> find(UUID id) {
    return store.find(id);
  }

  @Transactional(readOnly = true)
  public Optional<Order> findByNumber(long number) {
    return store.findByNumber(number);
  }

  /** Newest first. */
  @Transactional(readOnly = true)
  public List<Order> list(OrderQuery query) {
    return list(query, true);
  }

  /** By placing time, newest or oldest first (ties by number). */
  @Transactional(readOnly = true)
  public List<Order> list(OrderQuery query, boolean newestFirst) {
    return store.list(query, newestFirst);
  }

  @Transactional(readOnly = true)
  public long count(OrderQuery query) {
    return store.count(query);
  }

  /** The order's timeline, oldest first; empty for an unknown order. */
  @Transactional(readOnly = true)
  public List<OrderEvent> timeline(UUID id) {
    return store.timeline(id);
  }

  /** Who ordered: name, address and phone, for staff screens and notices (never process variables). */
  @Transactional(readOnly = true)
  public Optional<Customer> customer(UUID customerId) {
    return customers.find(customerId);
  }

  /** The customers' names by id, for a list of orders. */
  @Transactional(readOnly = true)
  public Map<UUID, String> customerNames(Collection<UUID> customerIds) {
    return customers.names(customerIds);
  }

  /**
   * Staff or customer: CANCELLED now, the flow then releases stock and refunds; 409 once shipped.
   * Cancelling a cancelled or refunded order again answers it as it is.
   */
  @Transactional
  public Order cancel(UUID id, String reason, UUID actorUserId) {
    String cleanReason = OrderRules.optional(reason);
    if (cleanReason != null && cleanReason.length() > MAX_REASON) {
      throw OrderException.invalid(Map.of("reason", "must be at most " + MAX_REASON + " characters"));
    }
    Order order = locked(id);
    switch (order.status()) {
      case CANCELLED, REFUNDED -> {
        return order;
      }
      case SHIPPED, DELIVERED -> throw OrderException.conflict(
          "Order " + order.number() + " has shipped and can no longer be cancelled");
      default -> { }
    }
    Order cancelled = save(order, order.withCancellation(cleanReason == null ? "Cancelled on request"
        : cleanReason), CANCELLED, CancelCause.REQUESTED.name(), actorUserId);
    events.publishEvent(new OrderSignal(TenantContext.require(), id,
        OrderSignal.Kind.CANCELLATION_REQUESTED));
    return cancelled;
  }

  /** Staff: a shipped order arrived; DELIVERED now and the flow is told. 409 unless shipped. */
  @Transactional
  public Order confirmDelivery(UUID id, UUID actorUserId) {
    Order order = locked(id);
    if (order.status() == OrderStatus.DELIVERED) {
      return order;
    }
    if (order.status() != OrderStatus.SHIPPED) {
      throw OrderException.conflict("Order " + order.number() + " has not shipped, so it cannot "
          + "have been delivered");
    }
    Order delivered = save(order, order.withStatus(OrderStatus.DELIVERED), DELIVERED, "CONFIRMED",
        actorUserId);
    events.publishEvent(new OrderSignal(TenantContext.require(), id,
        OrderSignal.Kind.DELIVERY_CONFIRMED));
    return delivered;
  }

  /** Flow step: a timeline entry without a status change, recorded once per kind. */
  @Transactional
  public void recordStep(UUID id, String kind, String cause) {
    recordStep(id, kind, cause, null);
  }

  /** As {@link #recordStep(UUID, String, String)}, naming the person who did the step. */
  @Transactional
  public void recordStep(UUID id, String kind, String cause, UUID actorUserId) {
    Order order = store.find(id).orElseThrow(OrderException::notFound);
    store.addEvent(id, kind, order.status(), cause, actorUserId, kind, Instant.now(clock));
  }

  /** Flow step: payment deadlines from the settings, set once; answers the order with them. */
  @Transactional
  public Order recordPaymentRequested(UUID id) {
    return recordPaymentRequested(id, null);
  }

  /**
   * As {@link #recordPaymentRequested(UUID)}, with the reminder offset the workspace's reminder policy
   * decided; null keeps the settings' paymentReminderAfter.
   */
  @Transactional
  public Order recordPaymentRequested(UUID id, Duration reminderAfter) {
    Order order = locked(id);
    if (order.status() != OrderStatus.PENDING_PAYMENT || order.paymentDueAt() != null) {
      return order;
    }
    OrderSettings policy = settings.current();
    Instant now = Instant.now(clock);
    Duration reminder = reminderAfter != null ? reminderAfter : policy.paymentReminderAfter();
    return save(order, order.withPaymentDeadlines(now.plus(reminder),
        now.plus(policy.paymentTimeout())), PAYMENT_REQUESTED, null, null);
  }

  /** Flow step: PENDING_PAYMENT to CANCELLED for the cause; no change in any other status. */
  @Transactional
  public Order cancelByFlow(UUID id, CancelCause cause) {
    Order order = locked(id);
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      return order;
    }
    return save(order, order.withCancellation(describe(cause)), CANCELLED, cause.name(), null);
  }

  /**
   * Flow step: PENDING_PAYMENT to CONFIRMED, with the fulfilment notice time from the settings.
   *
   * @throws OrderException CONFLICT when the order was cancelled before its payment arrived
   */
  @Transactional
  public Order confirmPaid(UUID id) {
    Order order = locked(id);
    switch (order.status()) {
      case PENDING_PAYMENT -> { }
      case CANCELLED, REFUNDED -> throw OrderException.conflict("Order " + order.number()
          + " was cancelled before its payment was confirmed");
      default -> {
        return order;
      }
    }
    Instant noticeAt = Instant.now(clock).plus(settings.current().fulfilmentNoticeAfter());
    return save(order, order.withStatus(OrderStatus.CONFIRMED).withFulfilmentNoticeAt(noticeAt), CONFIRMED,
        "PAID", null);
  }

  /**
   * Staff (fulfilment task): CONFIRMED to SHIPPED with carrier and tracking; sets autoDeliverAt.
   * Shipping a shipped or delivered order again answers it as it is (the first shipment stands).
   *
   * @throws OrderException INVALID (carrier, trackingNumber), CONFLICT unless confirmed
   */
  @Transactional
  public Order ship(UUID id, String carrier, String trackingNumber, UUID actorUserId) {
    Map<String, String> violations = new LinkedHashMap<>();
    OrderRules.checkShipment(carrier, trackingNumber, violations);
    if (!violations.isEmpty()) {
      throw OrderException.invalid(violations);
    }
    Order order = locked(id);
    switch (order.status()) {
      case CONFIRMED -> { }
      case SHIPPED, DELIVERED -> {
        return order;
      }
      default -> throw OrderException.conflict("Order " + order.number() + " is "
          + order.status().name().toLowerCase().replace('_', ' ') + " and cannot be shipped");
    }
    Instant deliverAt = Instant.now(clock).plus(settings.current().autoDeliverAfter());
    return save(order, order.withShipment(carrier.strip(), trackingNumber.strip(), deliverAt), SHIPPED,
        null, actorUserId);
  }

  /** Flow step: SHIPPED to DELIVERED (automatic after the configured time). */
  @Transactional
  public Order markDelivered(UUID id, String cause) {
    Order order = locked(id);
    if (order.status() != OrderStatus.SHIPPED) {
      return order;
    }
    return save(order, order.withStatus(OrderStatus.DELIVERED), DELIVERED, cause, null);
  }

  /**
   * Flow step: CANCELLED to REFUNDED once the payment was refunded.
   *
   * @throws OrderException CONFLICT when the order is not cancelled
   */
  @Transactional
  public Order markRefunded(UUID id, String refundReference) {
    Order order = locked(id);
    if (order.status() == OrderStatus.REFUNDED) {
      return order;
    }
    if (order.status() != OrderStatus.CANCELLED) {
      throw OrderException.conflict("Order " + order.number() + " is not cancelled, so it cannot be "
          + "refunded");
    }
    return save(order, order.withStatus(OrderStatus.REFUNDED), REFUNDED, refundReference, null);
  }

  /** In-flight orders for flow resumption, oldest first. */
  @Transactional(readOnly = true)
  public List<Order> inFlight() {
    return store.inFlight();
  }

  private Order locked(UUID id) {
    return store.lock(id).orElseThrow(OrderException::notFound);
  }

  private Order save(Order before, Order changed, String kind, String cause, UUID actorUserId) {
    Instant now = Instant.now(clock);
    store.update(changed, now);
    store.addEvent(changed.id(), kind, changed.status(), cause, actorUserId, kind, now);
    if (before.status() != changed.status()) {
      events.publishEvent(new OrderStatusChanged(TenantContext.require(), changed.id(),
          changed.number(), before.status(), changed.status(), changed.totalMinor(),
          changed.currency(), now));
    }
    return store.find(changed.id()).orElseThrow();
  }

  private Tenant workspace() {
    return tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
  }

  private static String describe(CancelCause cause) {
    return switch (cause) {
      case OUT_OF_STOCK -> "Not enough stock";
      case REJECTED -> "Rejected in review";
      case PAYMENT_TIMEOUT -> "Not paid in time";
      case PAYMENT_FAILED -> "Payment failed";
      case REQUESTED -> "Cancelled on request";
    };
  }
}
