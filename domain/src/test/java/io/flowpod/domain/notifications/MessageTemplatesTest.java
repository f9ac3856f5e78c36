package io.flowpod.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.domain.ordering.OrderNotice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every order notice has texts in en, it, es and ar; languages fall back customer → workspace → en. */
class MessageTemplatesTest {

  private final MessageTemplates templates = new MessageTemplates();
  private final Map<String, String> params = Map.of("name", "Ada", "number", "1042",
      "total", "EUR 11.00", "due", "2026-01-02 11:00 (Europe/Vienna)", "tracking", "DHL, JJD01",
      "link", "http://shop.example/shop/t/orders/1042?t=abc");

  @Test
  void everyOrderNoticeRendersInEveryLanguageWithEveryPlaceholderFilled() {
    for (OrderNotice notice : OrderNotice.values()) {
      for (String language : List.of("en", "it", "es", "ar")) {
        MessageTemplates.Rendered rendered = templates.render(notice.template(), params, language,
            "en");
        assertThat(rendered.language()).as(notice + " " + language).isEqualTo(language);
        assertThat(rendered.subject()).contains("1042").doesNotContain("{").doesNotContain("\n");
        assertThat(rendered.body()).contains("Ada").contains(params.get("link"))
            .doesNotContain("{");
      }
    }
  }

  @Test
  void theLanguageFallsBackToTheWorkspaceThenEnglish() {
    assertThat(templates.render("order.confirmed", params, "de-AT", "it").language()).isEqualTo("it");
    assertThat(templates.render("order.confirmed", params, null, "fr").language()).isEqualTo("en");
    assertThat(templates.render("order.confirmed", params, "ar_EG", "en").subject())
        .isEqualTo("تم تأكيد الطلب 1042");
    assertThatThrownBy(() -> templates.render("no.such", params, "en", "en"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whatsAppTemplatesDefaultToTheUpdateTemplateWithTheSubject() {
    MessageTemplates.Rendered rendered = templates.render("order.shipped", params, "es", "en");
    assertThat(rendered.whatsAppTemplate()).isEqualTo("flowpod_update");
    assertThat(rendered.whatsAppParams()).containsExactly("El pedido 1042 ha sido enviado");
  }
}
