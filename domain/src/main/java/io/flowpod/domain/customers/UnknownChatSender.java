package io.flowpod.domain.customers;

import java.util.UUID;

/**
 * Someone who is not a customer wrote on a chat channel (published by the inbound message handling in
 * its transaction; registration listens and offers a registration link on that channel). Ids only.
 */
public record UnknownChatSender(UUID tenantId, UUID chatIdentityId, UUID inboxMessageId) {}
