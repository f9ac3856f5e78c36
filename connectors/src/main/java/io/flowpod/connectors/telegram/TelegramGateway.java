package io.flowpod.connectors.telegram;

import io.flowpod.connectors.channels.ChannelAccounts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.ChannelGateway;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.springframework.stereotype.Component;

/** Telegram for the current workspace: its bot's {@code botToken} secret. */
@Component
class TelegramGateway implements ChannelGateway {

  private final ChannelAccounts accounts;
  private final TelegramSender sender;

  TelegramGateway(ChannelAccounts accounts, TelegramSender sender) {
    this.accounts = accounts;
    this.sender = sender;
  }

  @Override
  public Channel channel() {
    return Channel.TELEGRAM;
  }

  @Override
  public SendReceipt send(OutgoingMessage message) {
    String token = accounts.secret(Channel.TELEGRAM, "botToken");
    if (token == null) {
      throw new ChannelDeliveryException("Telegram is not set up: the botToken is needed under "
          + "Settings > Channels");
    }
    return sender.send(message, token);
  }
}
