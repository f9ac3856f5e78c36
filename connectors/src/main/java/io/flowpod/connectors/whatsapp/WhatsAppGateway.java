package io.flowpod.connectors.whatsapp;

import io.flowpod.connectors.channels.ChannelAccounts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.ChannelGateway;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.springframework.stereotype.Component;

/** WhatsApp for the current workspace: its {@code phoneNumberId} setting and {@code accessToken} secret. */
@Component
class WhatsAppGateway implements ChannelGateway {

  private final ChannelAccounts accounts;
  private final WhatsAppSender sender;

  WhatsAppGateway(ChannelAccounts accounts, WhatsAppSender sender) {
    this.accounts = accounts;
    this.sender = sender;
  }

  @Override
  public Channel channel() {
    return Channel.WHATSAPP;
  }

  @Override
  public SendReceipt send(OutgoingMessage message) {
    String phoneNumberId = accounts.setting(Channel.WHATSAPP, "phoneNumberId");
    String token = accounts.secret(Channel.WHATSAPP, "accessToken");
    if (phoneNumberId == null || token == null) {
      throw new ChannelDeliveryException("WhatsApp is not set up: phoneNumberId and accessToken "
          + "are needed under Settings > Channels");
    }
    return sender.send(message, new WhatsAppAccount(phoneNumberId, token));
  }
}
