package io.flowpod.domain.webhooks;

import java.time.Instant;

/** One try of a delivery: the receiver's status code, or the error when there was no response. */
public record WebhookAttempt(int attempt, Instant startedAt, long durationMillis, Integer statusCode,
    String error) {}
