package io.flowpod.ui.storefront;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cart: add from a product page, change quantities, remove lines. Plain forms, no script. */
@Controller
@RequestMapping("/shop/{slug}/cart")
class CartController {

  private final Shops shops;
  private final CartCookie cookies;
  private final CartPricing pricing;

  CartController(Shops shops, CartCookie cookies, CartPricing pricing) {
    this.shops = shops;
    this.cookies = cookies;
    this.pricing = pricing;
  }

  @GetMapping
  String show(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    Shop shop = shops.require(slug);
    Cart cart = cookies.read(request);
    PricedCart priced = pricing.price(shop, cart);
    if (priced.lines().size() != cart.quantities().size()) {
      cookies.write(shop, pricing.purchasable(priced, cart), request, response);
    }
    model.addAttribute("shop", shop);
    model.addAttribute("cart", priced);
    return "shop/cart";
  }

  @PostMapping("/add")
  String add(@PathVariable String slug, @RequestParam UUID productId,
      @RequestParam(defaultValue = "1") int quantity, HttpServletRequest request,
      HttpServletResponse response) {
    Shop shop = shops.require(slug);
    cookies.write(shop, cookies.read(request).add(productId, quantity), request, response);
    return "redirect:/shop/" + shop.slug() + "/cart";
  }

  @PostMapping("/update")
  String update(@PathVariable String slug, @RequestParam UUID productId,
      @RequestParam int quantity, HttpServletRequest request, HttpServletResponse response) {
    Shop shop = shops.require(slug);
    cookies.write(shop, cookies.read(request).set(productId, quantity), request, response);
    return "redirect:/shop/" + shop.slug() + "/cart";
  }

  @PostMapping("/remove")
  String remove(@PathVariable String slug, @RequestParam UUID productId,
      HttpServletRequest request, HttpServletResponse response) {
    Shop shop = shops.require(slug);
    cookies.write(shop, cookies.read(request).remove(productId), request, response);
    return "redirect:/shop/" + shop.slug() + "/cart";
  }
}
