package io.flowpod.app.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.ordering.ShopFixture;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.PersonalDataHolder;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelSettings;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversations' personal data holder: the export holds the customer's thread and inbound
 * messages; erasure leaves no message text of theirs, while the inbox rows still stop a late replay.
 */
@FlowPodIntegrationTest
class ConversationPersonalDataTest {

  @LocalServerPort int port;
  @Autowired TenantTransactions transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ChannelSettings settings;
  @Autowired ChatIdentities identities;
  @Autowired List<PersonalDataHolder> holders;

  @Test
  void exportHoldsTheThreadAndErasureRemovesEveryTextButStillStopsReplays() {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    ChatFixture chat = new ChatFixture(port, shop.tenantId, shop.slug, transactions, jdbc, settings,
        identities);
    String number = ChatFixture.whatsAppNumber();
    UUID customer = chat.customer("Ada", Map.of(Channel.WHATSAPP, number));
    UUID neighbour = chat.customer("Bob", Map.of(Channel.WHATSAPP, ChatFixture.whatsAppNumber()));
    String wamid = ChatFixture.wamid();
    String delivery = chat.whatsAppText(wamid, number, "My address is 1 Main St", Instant.now());
    chat.postWhatsApp(delivery);
    chat.postWhatsApp(chat.whatsAppText(ChatFixture.wamid(),
        chat.identityOf(neighbour, Channel.WHATSAPP), "Bob's message", Instant.now()));
    PersonalDataHolder holder = holders.stream()
        .filter(candidate -> candidate.section().equals("conversations")).findFirst().orElseThrow();

    Map<String, Object> export = transactions.as(shop.tenantId, () -> holder.export(customer));
    assertThat(export.toString()).contains("My address is 1 Main St").doesNotContain("Bob's message");

    transactions.as(shop.tenantId, () -> {
      holder.erase(customer);
      holder.erase(customer);
      return null;
    });
    assertThat(chat.count("select count(*) from conversation_messages where body like '%Main St%'"))
        .isZero();
    assertThat(chat.count("select count(*) from inbox_messages where body like '%Main St%'")).isZero();
    assertThat(chat.count("select count(*) from conversation_messages where body = 'Bob''s message'"))
        .isEqualTo(1);

    chat.postWhatsApp(delivery);
    assertThat(chat.count("select count(*) from inbox_messages where provider_message_id = ?", wamid))
        .isEqualTo(1);
    assertThat(chat.count("select count(*) from conversations where customer_id = ?", customer)).isZero();
  }
}
