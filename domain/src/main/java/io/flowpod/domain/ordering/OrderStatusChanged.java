package io.flowpod.domain.ordering;

import java.time.Instant;
import java.util.UUID;

/**
 * An order's status changed, by its flow or by a person; published in the same transaction as the
 * change, for observers (tenant webhooks). Not a flow message: the flow learns of changes its own way.
 */
public record OrderStatusChanged(UUID tenantId, UUID orderId, long orderNumber,
    OrderStatus previousStatus, OrderStatus status, long totalMinor, String currency,
    Instant occurredAt) {}
