package io.flowpod.connectors.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.connectors.channels.Messages;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.SendReceipt;
import java.util.Base64;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS route with the Twilio provider against a local fake of the Messages API. */
class SmsOutboundRouteTest {

  private final FakeSmsApi api = FakeSmsApi.start();
  private final SmsAccount account = new SmsAccount("twilio", "AC123", "+15005550006", "secret");
  private CamelContext camel;
  private SmsSender sender;

  @BeforeEach
  void start() throws Exception {
    camel = new DefaultCamelContext();
    camel.addRoutes(new SmsOutboundRoute(Messages.fastRetry(),
        List.of(new TwilioSmsProvider(api.baseUrl()))));
    camel.start();
    sender = new SmsSender(camel.createProducerTemplate());
  }

  @AfterEach
  void stop() {
    camel.stop();
    api.close();
  }

  @Test
  void postsTheTwilioFormWithBasicAuth() {
    SendReceipt receipt = sender.send(Messages.to(Channel.SMS, "+393331234567", true), account);

    assertThat(receipt.providerMessageId()).startsWith("SM");
    assertThat(api.requests()).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
      assertThat(r.authorization()).isEqualTo("Basic "
          + Base64.getEncoder().encodeToString("AC123:secret".getBytes()));
    });
    assertThat(api.messages().getFirst()).containsEntry("To", "+393331234567")
        .containsEntry("From", "+15005550006")
        .containsEntry("Body", "Hello Ada, order 1042 is confirmed.");
  }

  @Test
  void unavailableIsRetriedAndAnInvalidNumberIsNot() {
    api.serverErrors(1);
    sender.send(Messages.to(Channel.SMS, "+393331234567", true), account);
    assertThat(api.requests()).hasSize(2);

    api.clear();
    api.refuseAll();
    assertThatThrownBy(() -> sender.send(Messages.to(Channel.SMS, "+1", true), account))
        .isInstanceOf(ChannelDeliveryException.class).hasMessageContaining("21211");
    assertThat(api.requests()).hasSize(1);
  }
}
