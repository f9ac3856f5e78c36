package io.flowpod.ui.storefront;

import java.util.List;
import java.util.UUID;

/**
 * A cart priced from the catalog as it is now. Tax follows the order rule (per line, net x rate
 * rounded half-up to the minor unit); the order captures its own prices when it is placed.
 */
public record PricedCart(List<Line> lines, String subtotal, String tax, String total, int itemCount) {

  public record Line(UUID productId, String name, String sku, int quantity, String unitPrice,
      String lineTotal) {}

  public boolean isEmpty() {
    return lines.isEmpty();
  }
}
