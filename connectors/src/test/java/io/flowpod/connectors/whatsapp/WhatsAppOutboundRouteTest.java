package io.flowpod.connectors.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowpod.connectors.channels.Messages;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.notifications.ChannelDeliveryException;
import io.flowpod.domain.notifications.SendReceipt;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WhatsApp send route against a local fake of the Cloud API. */
class WhatsAppOutboundRouteTest {

  private final FakeWhatsAppCloudApi api = FakeWhatsAppCloudApi.start();
  private final WhatsAppAccount account = new WhatsAppAccount("1065550001", "EAAtoken");
  private CamelContext camel;
  private WhatsAppSender sender;

  @BeforeEach
  void start() throws Exception {
    camel = new DefaultCamelContext();
    camel.addRoutes(new WhatsAppOutboundRoute(Messages.fastRetry(), api.baseUrl() + "/", "v21.0"));
    camel.start();
    sender = new WhatsAppSender(camel.createProducerTemplate());
  }

  @AfterEach
  void stop() {
    camel.stop();
    api.close();
  }

  @Test
  void insideTheWindowSendsFreeFormTextWithTheWorkspaceToken() {
    SendReceipt receipt = sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true), account);

    assertThat(receipt.providerMessageId()).startsWith("wamid.");
    assertThat(api.requests()).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/v21.0/1065550001/messages");
      assertThat(r.authorization()).isEqualTo("Bearer EAAtoken");
    });
    JsonNode sent = api.messages().getFirst();
    assertThat(sent.path("messaging_product").asText()).isEqualTo("whatsapp");
    assertThat(sent.path("type").asText()).isEqualTo("text");
    assertThat(sent.path("text").path("body").asText()).contains("order 1042 is confirmed");
  }

  @Test
  void theWindowErrorIsAnsweredWithTheApprovedTemplate() {
    api.windowClosed();

    SendReceipt receipt = sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true), account);

    assertThat(api.messages()).extracting(m -> m.path("type").asText())
        .containsExactly("text", "template");
    JsonNode template = api.messages().get(1).path("template");
    assertThat(template.path("name").asText()).isEqualTo("flowpod_update");
    assertThat(template.path("language").path("code").asText()).isEqualTo("en");
    assertThat(template.path("components").path(0).path("parameters").path(0).path("text")
        .asText()).isEqualTo("Order 1042 is confirmed");
    assertThat(receipt.note()).contains("131047");
  }

  @Test
  void outsideTheWindowSendsTheTemplateStraightAway() {
    sender.send(Messages.to(Channel.WHATSAPP, "393331234567", false), account);

    assertThat(api.messages()).extracting(m -> m.path("type").asText()).containsExactly("template");
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() {
    api.serverErrors(2);

    SendReceipt receipt = sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true), account);

    assertThat(api.requests()).hasSize(3);
    assertThat(receipt.providerMessageId()).isNotNull();
  }

  @Test
  void aProviderThatKeepsFailingEndsInADeliveryFailureAfterTheRetries() {
    api.serverErrors(100);

    assertThatThrownBy(() -> sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true),
        account)).isInstanceOf(ChannelDeliveryException.class).hasMessageContaining("HTTP 500");
    assertThat(api.requests()).as("first try and 3 redeliveries").hasSize(4);
  }

  @Test
  void aRefusalIsNotRetried() {
    api.refuseAll();

    assertThatThrownBy(() -> sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true),
        account)).isInstanceOf(ChannelDeliveryException.class).hasMessageContaining("131026");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void eachWorkspaceSendsWithItsOwnNumberAndToken() {
    sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true), account);
    sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true),
        new WhatsAppAccount("1065550002", "EAAother"));

    assertThat(api.requests()).extracting(r -> r.path() + " " + r.authorization()).containsExactly(
        "/v21.0/1065550001/messages Bearer EAAtoken", "/v21.0/1065550002/messages Bearer EAAother");
  }

  @Test
  void theTokenIsMaskedWhereCamelShowsTheEndpoint() {
    sender.send(Messages.to(Channel.WHATSAPP, "393331234567", true), account);

    assertThat(camel.getEndpoints()).extracting(Object::toString)
        .anySatisfy(uri -> assertThat(uri).startsWith("whatsapp://1065550001"))
        .noneSatisfy(uri -> assertThat(uri).contains("EAAtoken"));
  }

  @Test
  void anUnreachableProviderIsRetriedAndEndsInADeliveryFailureInsteadOfHanging() throws Exception {
    camel.stop();
    camel = new DefaultCamelContext();
    camel.addRoutes(new WhatsAppOutboundRoute(Messages.fastRetry(), Messages.unreachableUrl(),
        "v21.0"));
    camel.start();
    WhatsAppSender unreachable = new WhatsAppSender(camel.createProducerTemplate());

    assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> unreachable.send(Messages.to(Channel.WHATSAPP, "393331234567",
            true), account)).isInstanceOf(ChannelDeliveryException.class)
            .hasMessageContaining("not reachable").hasMessageContaining("after retries"));
  }
}
