package io.flowpod.connectors.sms;

import io.flowpod.connectors.channels.ChannelRetry;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.OutgoingMessage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** SMS through the workspace's provider ({@link SmsProvider}), with the shared retries and backoff. */
@Component
class SmsOutboundRoute extends RouteBuilder {

  static final String ROUTE_ID = "sms-outbound";
  static final String ENDPOINT = "direct:sms-outbound";
  static final String ACCOUNT_HEADER = "FlowPodSmsAccount";

  private final ChannelRetry retry;
  private final Map<String, SmsProvider> providers;

  SmsOutboundRoute(ChannelRetry retry, List<SmsProvider> providers) {
    this.retry = retry;
    this.providers = providers.stream()
        .collect(Collectors.toMap(SmsProvider::name, Function.identity()));
  }

  @Override
  public void configure() {
    retry.applyTo(this);
    from(ENDPOINT).routeId(ROUTE_ID).process(this::send);
  }

  private void send(Exchange exchange) {
    OutgoingMessage message = exchange.getIn().getBody(OutgoingMessage.class);
    SmsAccount account = exchange.getIn().getHeader(ACCOUNT_HEADER, SmsAccount.class);
    SmsProvider provider = providers.get(account.provider());
    if (provider == null) {
      throw new ChannelDeliveryException("No SMS provider named " + account.provider()
          + "; known: " + providers.keySet());
    }
    exchange.getMessage().setBody(provider.send(account, message.address(), message.text()));
  }
}
