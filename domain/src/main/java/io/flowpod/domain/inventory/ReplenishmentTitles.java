package io.flowpod.domain.inventory;

import io.flowpod.domain.tasks.StaffTaskException;
import java.util.UUID;

/** What the replenishment forms share: finding the replenishment and naming its product. */
final class ReplenishmentTitles {

  private ReplenishmentTitles() {}

  static Replenishment require(Replenishments replenishments, String id) {
    try {
      return replenishments.find(UUID.fromString(id)).orElseThrow(StaffTaskException::notFound);
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.notFound();
    }
  }

  /** "SKU-123 (Blue mug)". */
  static String product(Replenishments replenishments, String id) {
    Replenishment r = require(replenishments, id);
    return r.sku() + " (" + r.productName() + ")";
  }
}
