package io.flowpod.connectors.sms;

import io.flowpod.domain.notifications.SendReceipt;

/**
 * One SMS provider's wire format (pluggable: a bean per provider, chosen by the workspace's {@code
 * provider} setting). Called inside {@link SmsOutboundRoute}'s processor; throws {@link
 * io.flowpod.connectors.channels.RetryableSendException} for answers worth retrying and {@link
 * io.flowpod.domain.notifications.ChannelDeliveryException} for refusals.
 */
public interface SmsProvider {

  String name();

  SendReceipt send(SmsAccount account, String to, String text);
}
