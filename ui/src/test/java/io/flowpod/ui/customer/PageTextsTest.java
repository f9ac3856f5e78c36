package io.flowpod.ui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The customer pages speak every supported language with the same keys; Arabic reads right to left. */
class PageTextsTest {

  @Test
  void everyLanguageHasEveryKey() throws Exception {
    Properties english = load("en");
    for (String language : PageTexts.LANGUAGES) {
      assertThat(load(language).stringPropertyNames()).as(language)
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  void picksTheClosestLanguage() {
    assertThat(PageTexts.of("es-MX").language()).isEqualTo("es");
    assertThat(PageTexts.of("de").language()).isEqualTo("en");
    assertThat(PageTexts.of(null).language()).isEqualTo("en");
    assertThat(PageTexts.of("ar").direction()).isEqualTo("rtl");
    assertThat(PageTexts.of("it").format("done.body", "workspace", "Bottega")).contains("Bottega");
    assertThat(PageTexts.of("it").problem("unknown")).isEqualTo(PageTexts.of("it").get("problems"));
  }

  private static Properties load(String language) throws Exception {
    Properties properties = new Properties();
    properties.load(new InputStreamReader(PageTextsTest.class.getClassLoader()
        .getResourceAsStream("customer-pages/texts." + language + ".properties"),
        StandardCharsets.UTF_8));
    return properties;
  }
}
