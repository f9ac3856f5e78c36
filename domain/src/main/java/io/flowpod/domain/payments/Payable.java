package io.flowpod.domain.payments;

import java.time.Instant;
import java.util.UUID;

/**
 * Something to be paid: an order now, an invoice later. {@code id} is the correlation key of the
 * payment messages; {@code description} is what the customer sees ("Order 1042").
 */
public record Payable(UUID id, String description, long amountMinor, String currency,
    Instant expiresAt, String returnUrl) {}
