package io.flowpod.domain.ordering;

import java.time.Instant;

/** Filters for the order list; null means any. {@code from} inclusive, {@code to} exclusive. */
public record OrderQuery(OrderStatus status, SalesChannel channel, Instant from, Instant to,
    long offset, int limit) {}
