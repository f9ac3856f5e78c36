package io.flowpod.connectors.telegram;

import io.flowpod.connectors.channels.RouteCalls;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands one message and the workspace's bot token to {@link TelegramOutboundRoute}; the token goes
 * in an exchange property, never a header (headers are logged by the producer at DEBUG).
 */
@Component
class TelegramSender {

  private final ProducerTemplate producer;

  TelegramSender(ProducerTemplate producer) {
    this.producer = producer;
  }

  SendReceipt send(OutgoingMessage message, String botToken) {
    return RouteCalls.call(producer, TelegramOutboundRoute.ENDPOINT, "Telegram", exchange -> {
      exchange.getIn().setBody(message);
      exchange.setProperty(TelegramOutboundRoute.TOKEN_PROPERTY, botToken);
    });
  }
}
