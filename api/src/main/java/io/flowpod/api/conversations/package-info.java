/**
 * Inbound chat webhooks (WhatsApp Cloud API, Telegram Bot API) and the staff conversation view: thin
 * controllers over {@code io.flowpod.domain.conversations}.
 */
package io.flowpod.api.conversations;
