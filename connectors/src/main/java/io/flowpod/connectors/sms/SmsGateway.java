package io.flowpod.connectors.sms;

import io.flowpod.connectors.channels.ChannelAccounts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.ChannelGateway;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.springframework.stereotype.Component;

/**
 * SMS for the current workspace: settings {@code provider} (default {@code twilio}), {@code
 * accountSid}, {@code from}; secret {@code authToken}.
 */
@Component
class SmsGateway implements ChannelGateway {

  private final ChannelAccounts accounts;
  private final SmsSender sender;

  SmsGateway(ChannelAccounts accounts, SmsSender sender) {
    this.accounts = accounts;
    this.sender = sender;
  }

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public SendReceipt send(OutgoingMessage message) {
    String provider = accounts.setting(Channel.SMS, "provider");
    String accountSid = accounts.setting(Channel.SMS, "accountSid");
    String from = accounts.setting(Channel.SMS, "from");
    String token = accounts.secret(Channel.SMS, "authToken");
    if (accountSid == null || from == null || token == null) {
      throw new ChannelDeliveryException("SMS is not set up: accountSid, from and authToken are "
          + "needed under Settings > Channels");
    }
    return sender.send(message, new SmsAccount(provider == null ? TwilioSmsProvider.NAME : provider,
        accountSid, from, token));
  }
}
