package io.flowpod.connectors.whatsapp;

import io.flowpod.connectors.channels.RouteCalls;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands one message and the workspace's account to {@link WhatsAppOutboundRoute}; the account goes
 * in an exchange property, never a header (headers are logged by the producer at DEBUG).
 */
@Component
class WhatsAppSender {

  private final ProducerTemplate producer;

  WhatsAppSender(ProducerTemplate producer) {
    this.producer = producer;
  }

  SendReceipt send(OutgoingMessage message, WhatsAppAccount account) {
    return RouteCalls.call(producer, WhatsAppOutboundRoute.ENDPOINT, "WhatsApp", exchange -> {
      exchange.getIn().setBody(message);
      exchange.setProperty(WhatsAppOutboundRoute.ACCOUNT_PROPERTY, account);
    });
  }
}
