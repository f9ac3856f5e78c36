/**
 * Conversations: chat messages coming in from WhatsApp and Telegram and the staff's replies. The
 * webhooks ({@link io.flowpod.domain.conversations.WhatsAppWebhooks}, {@link
 * io.flowpod.domain.conversations.TelegramWebhooks}) verify the provider's proof on the raw body and
 * hand each message to {@link io.flowpod.domain.conversations.InboundMessages}, which writes the inbox
 * row (one per provider message id) and follows the message flow: workspace suspended, sender blocked,
 * sender unknown ({@link io.flowpod.domain.customers.UnknownChatSender}), or the customer's one
 * conversation. {@link io.flowpod.domain.conversations.Conversations} is the staff view and reply.
 */
package io.flowpod.domain.conversations;
