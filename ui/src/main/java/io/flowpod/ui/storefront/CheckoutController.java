package io.flowpod.ui.storefront;

import io.flowpod.domain.ordering.CustomerDetails;
import io.flowpod.domain.ordering.Order;
import io.flowpod.domain.ordering.OrderException;
import io.flowpod.domain.ordering.OrderLinks;
import io.flowpod.domain.ordering.Orders;
import io.flowpod.domain.ordering.PlaceOrder;
import io.flowpod.domain.ordering.SalesChannel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Checkout: name, e-mail, optional phone and the terms, then {@link Orders#place} on the storefront
 * channel and a redirect to the order's signed status page. Problems are shown next to their fields
 * (400), and nothing is ordered until every one is fixed.
 */
@Controller
@RequestMapping("/shop/{slug}/checkout")
class CheckoutController {

  private final Shops shops;
  private final CartCookie cookies;
  private final CartPricing pricing;
  private final Orders orders;
  private final OrderLinks links;

  CheckoutController(Shops shops, CartCookie cookies, CartPricing pricing, Orders orders,
      OrderLinks links) {
    this.shops = shops;
    this.cookies = cookies;
    this.pricing = pricing;
    this.orders = orders;
    this.links = links;
  }

  @GetMapping
  String form(@PathVariable String slug, HttpServletRequest request, Model model) {
    Shop shop = shops.require(slug);
    PricedCart cart = pricing.price(shop, cookies.read(request));
    if (cart.isEmpty()) {
      return "redirect:/shop/" + shop.slug() + "/cart";
    }
    return page(model, shop, cart, CheckoutForm.blank(), Map.of(), List.of());
  }

  @PostMapping
  String place(@PathVariable String slug, @RequestParam(required = false) String name,
      @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
      @RequestParam(required = false) String terms, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    Shop shop = shops.require(slug);
    Cart stored = cookies.read(request);
    PricedCart cart = pricing.price(shop, stored);
    if (cart.isEmpty()) {
      return "redirect:/shop/" + shop.slug() + "/cart";
    }
    CheckoutForm form = CheckoutForm.of(name, email, phone, terms);
    Map<String, String> problems = form.problems();
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, shop, cart, form, problems, List.of());
    }
    Cart purchasable = pricing.purchasable(cart, stored);
    try {
      Order order = shops.as(shop, () -> orders.place(command(shop, form, purchasable)));
      String statusUrl = shops.as(shop, () -> links.statusUrl(order));
      cookies.write(shop, Cart.empty(), request, response);
      return "redirect:" + OwnLinks.pathAndQuery(statusUrl);
    } catch (OrderException refused) {
      if (refused.reason() == OrderException.Reason.NOT_FOUND) {
        throw new ShopNotFoundException();
      }
      Map<String, String> fieldProblems = new LinkedHashMap<>();
      List<String> general = new ArrayList<>();
      refused.fieldErrors().forEach((field, message) -> {
        String own = CheckoutForm.fieldOf(field);
        if (own == null) {
          general.add(CheckoutForm.subjectOf(field) + " " + message + ".");
        } else {
          fieldProblems.putIfAbsent(own, CheckoutForm.subjectOf(own) + " " + message + ".");
        }
      });
      if (fieldProblems.isEmpty() && general.isEmpty()) {
        general.add(refused.getMessage());
      }
      response.setStatus(refused.reason() == OrderException.Reason.CONFLICT
          ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      return page(model, shop, cart, form, fieldProblems, general);
    }
  }

  private PlaceOrder command(Shop shop, CheckoutForm form, Cart cart) {
    List<PlaceOrder.Line> lines = cart.quantities().entrySet().stream()
        .map(e -> new PlaceOrder.Line(e.getKey(), e.getValue())).toList();
    CustomerDetails customer = new CustomerDetails(form.name(), form.email(),
        form.phone().isEmpty() ? null : form.phone(), shop.tenant().locale());
    return new PlaceOrder(SalesChannel.STOREFRONT, customer, lines, form.terms(), null);
  }

  private static String page(Model model, Shop shop, PricedCart cart, CheckoutForm form,
      Map<String, String> problems, List<String> general) {
    model.addAttribute("shop", shop);
    model.addAttribute("cart", cart);
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("general", general);
    return "shop/checkout";
  }
}
