package io.flowpod.domain.inventory;

import java.util.UUID;

/** One hold of a batch: the caller's reference (an order line), the product and the quantity. */
public record ReservationLine(String reference, UUID productId, long quantity) {}
