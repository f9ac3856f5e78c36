package io.flowpod.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.flowpod.connectors.channels.ChannelRetry;
import io.flowpod.connectors.channels.FakeProviderServer.Request;
import io.flowpod.connectors.channels.Messages;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.SendReceipt;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Telegram sendMessage route against a local fake of the Bot API. */
class TelegramOutboundRouteTest {

  private final FakeTelegramBotApi api = FakeTelegramBotApi.start();
  private CamelContext camel;
  private TelegramSender sender;

  @BeforeEach
  void start() throws Exception {
    camel = new DefaultCamelContext();
    // Shared backoff of 20 ms, so only the provider's retry_after can explain a one-second wait.
    camel.addRoutes(new TelegramOutboundRoute(new ChannelRetry(3, 20, 1000, 5000),
        new TelegramRateLimiter(200, 30), api.baseUrl()));
    camel.start();
    sender = new TelegramSender(camel.createProducerTemplate());
  }

  @AfterEach
  void stop() {
    camel.stop();
    api.close();
  }

  @Test
  void sendsTheTextToTheChatWithTheWorkspaceBot() {
    SendReceipt receipt = sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "123:ABC");

    assertThat(receipt.providerMessageId()).isEqualTo("1");
    assertThat(api.requests()).singleElement().extracting(Request::path)
        .isEqualTo("/bot123:ABC/sendMessage");
    assertThat(api.messagesTo("424242")).singleElement()
        .satisfies(m -> assertThat(m.path("text").asText()).contains("order 1042"));
  }

  @Test
  void tooManyRequestsWaitsTheRetryAfterTelegramAskedFor() {
    api.tooManyRequests(1, 1);

    sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "123:ABC");

    List<Request> requests = api.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).since(requests.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void messagesToOneChatAreSpacedOut() {
    for (int i = 0; i < 3; i++) {
      sender.send(Messages.to(Channel.TELEGRAM, "777", true), "123:ABC");
    }

    // Two 200 ms slots apart (less the first request's own latency); unlimited, they take ~20 ms.
    List<Request> requests = api.requests();
    assertThat(requests.get(2).since(requests.get(0)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aBlockedBotFailsAtOnce() {
    api.refuseAll();

    assertThatThrownBy(() -> sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "123:ABC"))
        .isInstanceOf(ChannelDeliveryException.class).hasMessageContaining("403")
        .hasMessageNotContaining("123:ABC");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void eachWorkspaceSendsWithItsOwnBot() {
    sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "123:ABC");
    sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "456:DEF");

    assertThat(api.requests()).extracting(Request::path)
        .containsExactly("/bot123:ABC/sendMessage", "/bot456:DEF/sendMessage");
  }

  @Test
  void theTokenIsMaskedWhereCamelShowsTheEndpoint() {
    sender.send(Messages.to(Channel.TELEGRAM, "424242", true), "123:ABC");

    assertThat(camel.getEndpoints()).extracting(Object::toString)
        .anySatisfy(uri -> assertThat(uri).startsWith("telegram://bots"))
        .noneSatisfy(uri -> assertThat(uri).contains("123:ABC"));
  }

  @Test
  void anUnreachableApiIsRetriedAndEndsInADeliveryFailureWithoutTheToken() throws Exception {
    camel.stop();
    camel = new DefaultCamelContext();
    camel.addRoutes(new TelegramOutboundRoute(new ChannelRetry(2, 20, 1000, 5000),
        new TelegramRateLimiter(0, 1000), Messages.unreachableUrl()));
    camel.start();
    TelegramSender unreachable = new TelegramSender(camel.createProducerTemplate());

    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> unreachable.send(Messages.to(Channel.TELEGRAM, "424242", true),
            "123:ABC")).isInstanceOf(ChannelDeliveryException.class)
            .hasMessageContaining("not reachable").hasMessageNotContaining("123:ABC"));
  }
}
