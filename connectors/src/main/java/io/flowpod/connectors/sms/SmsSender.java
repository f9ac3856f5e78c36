package io.flowpod.connectors.sms;

import io.flowpod.connectors.channels.RouteCalls;
import io.flowpod.domain.notifications.OutgoingMessage;
import io.flowpod.domain.notifications.SendReceipt;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Hands one message and the workspace's account to {@link SmsOutboundRoute}. */
@Component
class SmsSender {

  private final ProducerTemplate producer;

  SmsSender(ProducerTemplate producer) {
    this.producer = producer;
  }

  SendReceipt send(OutgoingMessage message, SmsAccount account) {
    return RouteCalls.call(producer, SmsOutboundRoute.ENDPOINT, "SMS", exchange -> {
      exchange.getIn().setBody(message);
      exchange.getIn().setHeader(SmsOutboundRoute.ACCOUNT_HEADER, account);
    });
  }
}
