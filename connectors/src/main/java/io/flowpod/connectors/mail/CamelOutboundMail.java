package io.flowpod.connectors.mail;

import io.flowpod.domain.messaging.MailDeliveryException;
import io.flowpod.domain.messaging.MailMessage;
import io.flowpod.domain.messaging.OutboundMail;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.MailConstants;
import org.springframework.stereotype.Component;

/**
 * {@link OutboundMail} through {@link OutboundMailRoute}: a fresh exchange per mail carrying only the
 * mail's own headers, the tenant among them as {@code X-FlowPod-Tenant}.
 */
@Component
class CamelOutboundMail implements OutboundMail {

  private final ProducerTemplate producer;

  CamelOutboundMail(ProducerTemplate producer) {
    this.producer = producer;
  }

  @Override
  public void send(MailMessage message) {
    send(message, null);
  }

  /** Through the workspace's own SMTP server ({@code smtpUri}), or the platform's when null. */
  void send(MailMessage message, String smtpUri) {
    Exchange result = producer.send(OutboundMailRoute.ENDPOINT, exchange -> {
      if (smtpUri != null) {
        exchange.setProperty(OutboundMailRoute.WORKSPACE_SMTP_PROPERTY, smtpUri);
      }
      var in = exchange.getIn();
      in.setHeader(MailConstants.MAIL_TO, message.to());
      in.setHeader(MailConstants.MAIL_SUBJECT, message.subject());
      in.setHeader(OutboundMailRoute.TENANT_HEADER, message.tenantId().toString());
      if (message.html() == null) {
        in.setHeader(MailConstants.MAIL_CONTENT_TYPE, "text/plain; charset=UTF-8");
        in.setBody(message.text());
      } else {
        in.setHeader(MailConstants.MAIL_CONTENT_TYPE, "text/html; charset=UTF-8");
        in.setHeader(MailConstants.MAIL_ALTERNATIVE_BODY, message.text());
        in.setBody(message.html());
      }
    });
    if (result.getException() != null) {
      throw new MailDeliveryException("The mail server did not accept the message (exchange "
          + result.getExchangeId() + ")", result.getException());
    }
  }
}
