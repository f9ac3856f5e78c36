package io.flowpod.api.ordering;

import io.flowpod.api.idempotency.Idempotent;
import io.flowpod.api.ordering.OrderDtos.PlaceOrderRequest;
import io.flowpod.api.ordering.OrderDtos.PlacedResponse;
import io.flowpod.api.ordering.OrderDtos.PublicOrderStatus;
import io.flowpod.api.ordering.OrderDtos.PublicProduct;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.catalog.ProductQuery;
import io.flowpod.domain.catalog.ProductSort;
import io.flowpod.domain.catalog.Products;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderLinks;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.ordering.SalesChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The storefront's API, without sign-in: the workspace's active products, placing an order, and the
 * order's status behind its signed link. Unknown and suspended shops answer 404 (see
 * {@link ShopTenantInterceptor}); a wrong or missing link token answers 404 as an unknown order does.
 */
@RestController
@RequestMapping("/api/v1/public/{tenantSlug}")
@Tag(name = "Storefront")
class PublicShopController {

  private final Products products;
  private final Orders orders;
  private final OrderLinks links;

  PublicShopController(Products products, Orders orders, OrderLinks links) {
    this.products = products;
    this.orders = orders;
    this.links = links;
  }

  @GetMapping("/products")
  @SecurityRequirements
  @Operation(summary = "The shop's active products, by name",
      description = "Roles: public (no authentication). Filters: q (part of name or SKU), "
          + "category. Paged.")
  Page<PublicProduct> products(@PathVariable String tenantSlug,
      @RequestParam(required = false) String q, @RequestParam(required = false) String category,
      @Sortable(fields = {"name"}, byDefault = "name,asc") PageRequest page) {
    return Page.from(products.list(new ProductQuery(q, category, true), ProductSort.NAME, true,
        page.page(), page.size())).map(PublicProduct::of);
  }

  @PostMapping("/orders")
  @SecurityRequirements
  @Idempotent
  @Operation(summary = "Place an order in the shop (channel STOREFRONT)",
      description = "Roles: public (no authentication). Honours Idempotency-Key. termsAccepted "
          + "must be true. 400 lists every problem. 201 {orderNumber, statusUrl}: the status "
          + "page the customer keeps.")
  ResponseEntity<PlacedResponse> place(@PathVariable String tenantSlug,
      @RequestBody PlaceOrderRequest request) {
    Order order = orders.place(request.command(SalesChannel.STOREFRONT));
    return ResponseEntity.created(URI.create("/api/v1/public/" + tenantSlug + "/orders/"
            + order.number() + "?t=" + links.token(order.number())))
        .body(new PlacedResponse(order.number(), links.statusUrl(order)));
  }

  @GetMapping("/orders/{number}")
  @SecurityRequirements
  @Operation(summary = "An order's status behind its signed link",
      description = "Roles: public (no authentication; the link's token t). Status, lines and "
          + "timeline; no personal data. 404 for a wrong token.")
  PublicOrderStatus status(@PathVariable String tenantSlug, @PathVariable long number,
      @RequestParam(name = "t", required = false) String token) {
    if (!links.verify(number, token)) {
      throw ApiProblem.of(ProblemType.NOT_FOUND, "No such order.");
    }
    Order order = orders.findByNumber(number)
        .orElseThrow(() -> ApiProblem.of(ProblemType.NOT_FOUND, "No such order."));
    return PublicOrderStatus.of(order, orders.timeline(order.id()));
  }
}
