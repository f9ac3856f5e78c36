package io.flowpod.api.ordering;

import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.api.ordering.OrderDtos.CancelRequest;
import io.flowpod.api.ordering.OrderDtos.FulfilmentRequest;
import io.flowpod.api.ordering.OrderDtos.OrderResponse;
import io.flowpod.api.ordering.OrderDtos.OrderSummary;
import io.flowpod.api.ordering.OrderDtos.PlaceOrderRequest;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.SortOrder;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderProcess;
import io.flowpod.domain.ordering.OrderQuery;
import io.flowpod.domain.ordering.OrderStatus;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.ordering.SalesChannel;
import io.flowpod.domain.tasks.StaffTask;
import io.flowpod.domain.tasks.StaffTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's orders. Another workspace's order ids answer 404 on every endpoint; status changes
 * that the order's state does not allow answer 409 naming the order number.
 */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
class OrdersController {

  private static final SortOrder NEWEST = new SortOrder("placedAt", SortOrder.Direction.DESC);

  private final Orders orders;
  private final StaffTasks tasks;

  OrdersController(Orders orders, StaffTasks tasks) {
    this.orders = orders;
    this.tasks = tasks;
  }

  @PostMapping
  @Idempotent
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Place an order on the customer's behalf (channel API)",
      description = "Roles: any staff role. Honours Idempotency-Key. Prices, cost and tax come from "
          + "the catalog; 400 lists every problem (lines[i].quantity, customer.email, ...). 201 with "
          + "Location; the order's flow starts after commit.")
  public ResponseEntity<OrderResponse> place(@RequestBody PlaceOrderRequest request) {
    Order order = orders.place(request.command(SalesChannel.API));
    return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id())).body(view(order));
  }

  @GetMapping
  @Operation(summary = "The workspace's orders, newest first",
      description = "Roles: any signed-in role. Rows name the customer. Filters: status, "
          + "channel, from (inclusive) and to (exclusive) as ISO-8601 instants on the placing "
          + "time. Paged; sort placedAt.")
  Page<OrderSummary> list(@RequestParam(required = false) OrderStatus status,
      @RequestParam(required = false) SalesChannel channel,
      @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
      @Sortable(fields = {"placedAt"}, byDefault = "placedAt,desc") PageRequest page) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiProblem.invalid("to", "must be after from");
    }
    OrderQuery query = new OrderQuery(status, channel, from, to, page.offset(), page.size());
    List<Order> found = orders.list(query, !page.primarySort(NEWEST).ascending());
    Map<UUID, String> names = orders.customerNames(found.stream().map(Order::customerId)
        .collect(Collectors.toSet()));
    return Page.of(found.stream().map(o -> OrderSummary.of(o, names.get(o.customerId()))).toList(),
        page, orders.count(query));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One order with its lines, customer and timeline",
      description = "Roles: any signed-in role.")
  OrderResponse get(@PathVariable UUID id) {
    return view(existing(id));
  }

  @PostMapping("/{id}/cancel")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Cancel an order",
      description = "Roles: any staff role. From PENDING_PAYMENT or CONFIRMED; the flow then "
          + "releases the stock and refunds. Cancelling again answers the order as it is; 409 once "
          + "shipped. reason optional (at most 500 characters).")
  public OrderResponse cancel(@PathVariable UUID id,
      @RequestBody(required = false) CancelRequest request, CurrentUser caller) {
    return view(orders.cancel(id, request == null ? null : request.reason(), caller.userId()));
  }

  @PostMapping("/{id}/fulfilment")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Ship a paid order (completes its fulfilment task)",
      description = "Roles: any staff role. carrier and trackingNumber required. 409 when the order "
          + "is not waiting for fulfilment.")
  public OrderResponse fulfil(@PathVariable UUID id, @RequestBody FulfilmentRequest request,
      CurrentUser caller) {
    Order order = existing(id);
    ApiProblem notWaiting = ApiProblem.of(ProblemType.CONFLICT,
        "Order " + order.number() + " is not waiting for fulfilment");
    if (order.status() != OrderStatus.CONFIRMED) {
      throw notWaiting;
    }
    StaffTask task = tasks.findOpen(OrderProcess.TASK_BUSINESS_OBJECT, id.toString(),
        OrderProcess.FULFILMENT_FORM).orElseThrow(() -> notWaiting);
    Map<String, Object> input = new HashMap<>();
    input.put("carrier", request.carrier());
    input.put("trackingNumber", request.trackingNumber());
    tasks.complete(task.id(), input, caller.userId());
    return view(existing(id));
  }

  @PostMapping("/{id}/delivery")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Confirm that a shipped order arrived",
      description = "Roles: any staff role. SHIPPED to DELIVERED; again answers the order as it "
          + "is; 409 unless shipped.")
  public OrderResponse deliver(@PathVariable UUID id, CurrentUser caller) {
    return view(orders.confirmDelivery(id, caller.userId()));
  }

  private Order existing(UUID id) {
    return orders.find(id).orElseThrow(() -> ApiProblem.of(ProblemType.NOT_FOUND, "No such order."));
  }

  private OrderResponse view(Order order) {
    return OrderResponse.of(order, orders.customer(order.customerId()).orElse(null),
        orders.timeline(order.id()));
  }
}
