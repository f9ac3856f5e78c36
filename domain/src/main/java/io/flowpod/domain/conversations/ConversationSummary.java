package io.flowpod.domain.conversations;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * A conversation as the staff list shows it: whose it is, UNANSWERED / ANSWERED / CLOSED, when the
 * last message was, on which channel the customer last wrote, and the last message's text.
 */
public record ConversationSummary(UUID id, UUID customerId, String customerName, String status,
    Instant lastMessageAt, Channel lastChannel, String preview) {}
