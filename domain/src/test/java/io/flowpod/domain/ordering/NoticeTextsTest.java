package io.flowpod.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

  static Order order() {
    return new Order(UUID.randomUUID(), 1042, OrderStatus.SHIPPED, SalesChannel.STOREFRONT,
        UUID.randomUUID(), "EUR", 1000, 100, 1100, 0, List.of(), null, null, "DHL", "JJD01",
        null, Instant.parse("2026-01-02T10:00:00Z"), null, null, Instant.EPOCH, Instant.EPOCH, 3);
  }

  @Test
  void everyNoticeNamesTheOrderAndLinksItsStatusPage() {
    for (OrderNotice notice : OrderNotice.values()) {
      NoticeTexts.Mail mail = NoticeTexts.render(notice, order(), "Ada <Lovelace>", "Tea & Co",
          ZoneId.of("Europe/Vienna"), "http://shop.example/shop/t/orders/1042?t=abc");
      assertThat(mail.subject()).contains("1042").doesNotContain("\n");
      assertThat(mail.text()).contains("http://shop.example/shop/t/orders/1042?t=abc");
      assertThat(mail.html()).contains("href=\"http://shop.example/shop/t/orders/1042?t=abc\"")
          .contains("Ada &lt;Lovelace&gt;").contains("Tea &amp; Co");
    }
  }

  @Test
  void amountsAndDeadlinesAreWrittenForPeople() {
    NoticeTexts.Mail mail = NoticeTexts.render(OrderNotice.PAYMENT_REQUESTED, order(), "Ada",
        "Shop", ZoneId.of("Europe/Vienna"), "http://x/");
    assertThat(mail.text()).contains("EUR 11.00").contains("2 Jan 2026, 11:00 (Europe/Vienna)");
    assertThat(NoticeTexts.render(OrderNotice.SHIPPED, order(), "Ada", "Shop", ZoneId.of("UTC"),
        "http://x/").text()).contains("DHL").contains("JJD01");
    assertThat(NoticeTexts.amount(1234, "JPY")).isEqualTo("JPY 1234");
  }
}
