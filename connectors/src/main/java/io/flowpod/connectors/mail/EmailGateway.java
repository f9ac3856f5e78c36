package io.flowpod.connectors.mail;

import io.flowpod.connectors.channels.ChannelAccounts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MailDeliveryException;
import io.flowpod.domain.messaging.MailMessage;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.ChannelGateway;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.springframework.stereotype.Component;

/**
 * E-mail (HTML and text) through the workspace's own SMTP server when its e-mail settings name one
 * ({@code smtpHost}, {@code smtpPort}, {@code smtpFrom}, {@code smtpUsername}, secret {@code
 * smtpPassword}), else through the platform's mail server.
 */
@Component
class EmailGateway implements ChannelGateway {

  private final ChannelAccounts accounts;
  private final CamelOutboundMail mail;

  EmailGateway(ChannelAccounts accounts, CamelOutboundMail mail) {
    this.accounts = accounts;
    this.mail = mail;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public SendReceipt send(OutgoingMessage message) {
    String subject = message.subject() == null ? "Message" : message.subject();
    MailMessage mailMessage = new MailMessage(message.tenantId(), message.address(), subject,
        message.text(), message.html());
    String host = accounts.setting(Channel.EMAIL, "smtpHost");
    try {
      if (host == null) {
        mail.send(mailMessage);
        return new SendReceipt(null, "platform mail server");
      }
      String port = accounts.setting(Channel.EMAIL, "smtpPort");
      String from = accounts.setting(Channel.EMAIL, "smtpFrom");
      if (from == null) {
        throw new ChannelDeliveryException("E-mail: smtpFrom is needed with smtpHost under "
            + "Settings > Channels");
      }
      mail.send(mailMessage, OutboundMailRoute.uri(host, port == null ? "587" : port, from,
          accounts.setting(Channel.EMAIL, "smtpUsername"),
          accounts.secret(Channel.EMAIL, "smtpPassword")));
      return new SendReceipt(null, "workspace mail server " + host);
    } catch (MailDeliveryException e) {
      throw new ChannelDeliveryException("The mail server did not accept the message: "
          + e.getMessage(), e);
    }
  }
}
