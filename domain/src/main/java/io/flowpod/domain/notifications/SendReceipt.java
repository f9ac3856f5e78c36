package io.flowpod.domain.notifications;

/** What the provider answered: its message id (if any) and a short note for the outbox. */
public record SendReceipt(String providerMessageId, String note) {}
