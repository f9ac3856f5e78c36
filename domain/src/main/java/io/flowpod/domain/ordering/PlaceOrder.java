package io.flowpod.domain.ordering;

import java.util.List;
import java.util.UUID;

/** An order as a customer or an admin submits it; prices come from the catalog, not from here. */
public record PlaceOrder(SalesChannel channel, CustomerDetails customer, List<Line> lines,
    boolean termsAccepted, String note) {

  public record Line(UUID productId, long quantity) {}
}
