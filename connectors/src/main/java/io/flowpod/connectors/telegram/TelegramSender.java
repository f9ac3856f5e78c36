package io.flowpod.connectors.telegram;

import io.flowpod.connectors.channels.RouteCalls;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Hands one message and the workspace's bot token to {@link TelegramOutboundRoute}. */
@Component
class TelegramSender {

  private final ProducerTemplate producer;

  TelegramSender(ProducerTemplate producer) {
    this.producer = producer;
  }

  SendReceipt send(OutgoingMessage message, String botToken) {
    return RouteCalls.call(producer, TelegramOutboundRoute.ENDPOINT, "Telegram", exchange -> {
      exchange.getIn().setBody(message);
      exchange.getIn().setHeader(TelegramOutboundRoute.TOKEN_HEADER, botToken);
    });
  }
}
