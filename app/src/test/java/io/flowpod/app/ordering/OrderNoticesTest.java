package io.flowpod.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.catalog.CatalogClient;
import io.flowpod.app.embedded.EmbeddedRuntime;
import io.flowpod.app.support.Eventually;
import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.domain.notifications.Notifications;
import io.flowpod.domain.ordering.OrderNotice;
import io.flowpod.domain.platform.TenantContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Order notices through the notify step's service: mailed once per order and notice, with the signed
 * status link, in the customer's language (Arabic mail right to left).
 */
@FlowPodIntegrationTest
class OrderNoticesTest {

  @LocalServerPort
  int port;
  @Autowired
  Notifications notifications;
  @Autowired
  EmbeddedRuntime runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void aNoticeIsMailedOnceEvenWhenTheStepRepeats() throws Exception {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    String tea = shop.product("TEA-1", 450, null, 1000);
    String email = ShopFixture.email();
    var placed = shop.api.post("/api/v1/orders", shop.owner,
        ShopFixture.order(email, Map.of(tea, 1L))).expect(201).json();
    UUID orderId = UUID.fromString(placed.path("id").asText());
    long number = placed.path("number").asLong();

    send(shop.tenantId, orderId, OrderNotice.CONFIRMED);
    send(shop.tenantId, orderId, OrderNotice.CONFIRMED);

    List<MimeMessage> mails = Eventually.await("the confirmation mail", Duration.ofSeconds(20),
        () -> mailsTo(email, "Order " + number + " is confirmed"), found -> !found.isEmpty());
    MimeMessage mail = mails.get(0);
    String body = text(mail);
    assertThat(body).contains("Hello Ada Lovelace").contains("EUR 4.95")
        .containsPattern("http://[^/]+/shop/" + shop.slug + "/orders/" + number + "\\?t=[\\w-]+");
    assertThat(mail.getHeader("X-FlowPod-Tenant")[0]).isEqualTo(shop.tenantId.toString());
    assertThat(mailsTo(email, "is confirmed")).as("sent once").hasSize(1);
    // The order's own flow sends its payment request meanwhile; this test counts only its own notices.
    assertThat(ledger(shop.tenantId)).filteredOn(n -> !n.startsWith("order.payment-requested"))
        .containsExactly("order.confirmed|orderId=" + orderId + "=SENT");

    send(shop.tenantId, orderId, OrderNotice.SHIPPED);
    Eventually.await("the shipping mail", Duration.ofSeconds(20),
        () -> mailsTo(email, "has shipped"), found -> found.size() == 1);
    assertThat(ledger(shop.tenantId)).filteredOn(n -> !n.startsWith("order.payment-requested"))
        .containsExactlyInAnyOrder("order.confirmed|orderId=" + orderId + "=SENT",
            "order.shipped|orderId=" + orderId + "=SENT");
  }

  @Test
  void anArabicCustomerGetsTheNoticeInArabicRightToLeft() throws Exception {
    ShopFixture shop = ShopFixture.signup(new CatalogClient(port));
    String tea = shop.product("TEA-2", 450, null, 1000);
    String email = ShopFixture.email();
    var placed = shop.api.post("/api/v1/orders", shop.owner,
        ShopFixture.order(email, Map.of(tea, 1L))).expect(201).json();
    UUID orderId = UUID.fromString(placed.path("id").asText());
    long number = placed.path("number").asLong();
    TenantContext.runAs(shop.tenantId, () -> new TransactionTemplate(transactionManager)
        .executeWithoutResult(tx -> jdbc.update(
            "update customers set locale = 'ar' where lower(email) = lower(?)", email)));

    send(shop.tenantId, orderId, OrderNotice.DELIVERED);

    MimeMessage mail = Eventually.await("the Arabic mail", Duration.ofSeconds(20),
        () -> mailsTo(email, "تم تسليم الطلب " + number), found -> !found.isEmpty()).get(0);
    assertThat(text(mail)).contains("dir=\"rtl\"").contains("شكرًا لتسوقك معنا");
  }

  private void send(UUID tenantId, UUID orderId, OrderNotice notice) {
    TenantContext.runAs(tenantId, () -> {
      var prepared = notifications.prepare(notice.template(), Map.of("orderId", orderId.toString()));
      if (prepared.deliveryNeeded()) {
        notifications.deliver(prepared.messageId());
      }
    });
  }

  private List<MimeMessage> mailsTo(String email, String subjectPart) {
    return Arrays.stream(runtime.mail().getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equals(email)) && m.getSubject().contains(subjectPart);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private List<String> ledger(UUID tenantId) {
    return TenantContext.callAs(tenantId, () -> new TransactionTemplate(transactionManager)
        .execute(tx -> jdbc.queryForList(
            "select message_key || '=' || status from outbound_messages order by created_at",
            String.class)));
  }

  private static String text(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof String text) {
      return text;
    }
    var multipart = (jakarta.mail.internet.MimeMultipart) content;
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < multipart.getCount(); i++) {
      Object part = multipart.getBodyPart(i).getContent();
      if (part instanceof jakarta.mail.internet.MimeMultipart nested) {
        for (int j = 0; j < nested.getCount(); j++) {
          all.append(nested.getBodyPart(j).getContent());
        }
      } else {
        all.append(part);
      }
    }
    return all.toString();
  }
}
