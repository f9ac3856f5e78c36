package io.flowpod.app.channels;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.operations.OrderIncidents;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * notify-customer on the real engine with the real workers: a message delivered on Telegram ends the
 * call, replaying the step sends nothing twice, and a message no channel takes ends, after the job's
 * retries with backoff, as an incident naming the customer reference, the message and its subject.
 */
@FlowPodIntegrationTest
class NotifyStepEndToEndTest {

  @LocalServerPort
  int port;
  @Autowired
  CamundaClient engine;
  @Autowired
  ChannelSettings settings;
  @Autowired
  ChatIdentities chats;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void deliveredOnceAndAFailureOnEveryChannelBecomesAnIncidentNamingTheCustomer() throws Exception {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    inTenant(shop, () -> settings.save(Channel.TELEGRAM, true, Map.of(),
        Map.of("botToken", "777:e2e-bot-token")));
    String chatId = String.valueOf(System.nanoTime());
    UUID customer = customerOnTelegram(shop, chatId);

    for (int run = 0; run < 2; run++) {
      engine.newCreateInstanceCommand().bpmnProcessId("notify-customer").latestVersion()
          .variables(Map.of("tenantId", shop.tenantId.toString(), "customerId", customer.toString(),
              "orderId", "T-E2E", "messageTemplate", TestMessages.NOTICE))
          .withResult().requestTimeout(Duration.ofSeconds(60)).send().join();
    }
    assertThat(FakeChannelsContext.telegram().messagesTo(chatId)).as("sent once for two runs")
        .hasSize(1);

    FakeChannelsContext.telegram().refuse(chatId);
    long failing = engine.newCreateInstanceCommand().bpmnProcessId("notify-customer")
        .latestVersion().variables(Map.of("tenantId", shop.tenantId.toString(),
            "customerId", customer.toString(), "orderId", "T-FAIL",
            "messageTemplate", TestMessages.NOTICE))
        .send().join().getProcessInstanceKey();

    JsonNode incident = Eventually.await("an incident on the notify step", Duration.ofSeconds(60),
        OrderIncidents.paced(() -> {
          for (JsonNode item : shop.api.get("/api/v1/incidents?processId=notify-customer",
              shop.owner).expect(200).json().path("items")) {
            if (item.path("processInstanceKey").asLong() == failing) {
              return item;
            }
          }
          return null;
        }), found -> found != null);
    assertThat(incident.path("errorMessage").asText()).contains(CustomerRef.of(customer))
        .contains(TestMessages.NOTICE).contains("Ticket T-FAIL").contains("TELEGRAM")
        .contains("retry the job");
    assertThat(FakeChannelsContext.telegram().messagesTo(chatId).size())
        .as("first send, then the failing job's three tries").isEqualTo(4);
  }

  private UUID customerOnTelegram(ShopFixture shop, String chatId) {
    UUID id = UUID.randomUUID();
    inTenant(shop, () -> {
      jdbc.update("""
              insert into customers (id, tenant_id, name, email, locale, preferred_channel,
                created_at, updated_at)
              values (?, ?, 'Ada', null, 'en', 'TELEGRAM', now(), now())""", id, shop.tenantId);
      chats.link(chats.seen(Channel.TELEGRAM, chatId, "en", Instant.now()).id(), id);
    });
    return id;
  }

  private void inTenant(ShopFixture shop, Runnable work) {
    TenantContext.runAs(shop.tenantId, () -> new TransactionTemplate(transactionManager)
        .executeWithoutResult(tx -> work.run()));
  }
}
