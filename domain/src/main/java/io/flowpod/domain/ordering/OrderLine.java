package io.flowpod.domain.ordering;

import java.util.UUID;

/**
 * A line with the catalog price captured at order time. Net = unit price x quantity; tax = net x rate,
 * rounded half-up to the minor unit; total = net + tax.
 */
public record OrderLine(int lineNo, UUID productId, String sku, String name, long quantity,
    long unitPriceMinor, long unitCostMinor, int taxRateBasisPoints, long netMinor, long taxMinor,
    long totalMinor) {

  /** The stock reservation reference of this line: one hold per order line. */
  public String reservationReference(UUID orderId) {
    return "order:" + orderId + ":" + lineNo;
  }
}
