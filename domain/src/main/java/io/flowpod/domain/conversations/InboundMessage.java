package io.flowpod.domain.conversations;

import io.flowpod.domain.messaging.Channel;
import java.time.Instant;

/**
 * One chat message as a webhook mapped it: the provider's id for it (WhatsApp wamid, Telegram
 * update_id), who sent it (wa_id or chat id) with their language if the provider says, its type
 * ({@code text}, {@code image}, ...), the text if it has one, and when the provider says it was sent.
 */
public record InboundMessage(Channel channel, String providerMessageId, String address, String locale,
    String type, String text, Instant sentAt) {}
