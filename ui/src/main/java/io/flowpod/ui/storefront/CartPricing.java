package io.flowpod.ui.storefront;

import io.flowpod.domain.catalog.Product;
import io.flowpod.domain.catalog.Products;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Prices a cart from the catalog; products that are gone or archived drop out of it. */
@Component
class CartPricing {

  private final Products products;
  private final Shops shops;

  CartPricing(Products products, Shops shops) {
    this.products = products;
    this.shops = shops;
  }

  PricedCart price(Shop shop, Cart cart) {
    List<PricedCart.Line> lines = new ArrayList<>();
    long subtotal = 0;
    long tax = 0;
    int items = 0;
    for (Map.Entry<UUID, Integer> entry : cart.quantities().entrySet()) {
      Optional<Product> found = shops.as(shop, () -> products.find(entry.getKey()))
          .filter(Product::active);
      if (found.isEmpty()) {
        continue;
      }
      Product product = found.get();
      int quantity = entry.getValue();
      long net = Math.multiplyExact(product.priceMinor(), quantity);
      long lineTax = lineTax(net, product.taxRateBasisPoints());
      subtotal += net;
      tax += lineTax;
      items += quantity;
      lines.add(new PricedCart.Line(product.id(), product.name(), product.sku(), quantity,
          shop.money(product.priceMinor()), shop.money(net)));
    }
    return new PricedCart(lines, shop.money(subtotal), shop.money(tax),
        shop.money(subtotal + tax), items);
  }

  /** The cart without products that can no longer be bought. */
  Cart purchasable(PricedCart priced, Cart cart) {
    Cart kept = Cart.empty();
    for (PricedCart.Line line : priced.lines()) {
      kept = kept.add(line.productId(), cart.quantities().get(line.productId()));
    }
    return kept;
  }

  static long lineTax(long netMinor, int basisPoints) {
    return BigDecimal.valueOf(netMinor).multiply(BigDecimal.valueOf(basisPoints))
        .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
