package io.flowpod.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.messaging.Channel;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every consent text and every registration message exists in every language, naming the workspace. */
class RegistrationTextsTest {

  private final ConsentTexts texts = new ConsentTexts();

  @Test
  void everyConsentTextExistsInEveryLanguageAndNamesTheWorkspace() {
    for (String language : ConsentTexts.LANGUAGES) {
      assertThat(texts.text(ConsentPurpose.ORDER_PROCESSING, null, language, "Bottega"))
          .contains("Bottega");
      assertThat(texts.text(ConsentPurpose.AI_ASSISTANT, null, language, "Bottega"))
          .contains("Bottega");
      for (Channel channel : Channel.values()) {
        assertThat(texts.text(ConsentPurpose.MARKETING, channel, language, "Bottega"))
            .contains("Bottega").doesNotContain("{");
      }
    }
    assertThat(texts.text(ConsentPurpose.MARKETING, Channel.EMAIL, "it-IT", "B"))
        .isEqualTo(texts.text(ConsentPurpose.MARKETING, Channel.EMAIL, "it", "B"));
    assertThat(ConsentTexts.language("de")).isEqualTo("en");
  }

  @Test
  void everyRegistrationMessageHasASubjectAndBodyInEveryLanguage() throws Exception {
    for (String template : new String[] {RegistrationProcess.LINK_TEMPLATE,
        RegistrationProcess.REMINDER_TEMPLATE, RegistrationProcess.WELCOME_TEMPLATE,
        RegistrationProcess.CONFIRM_EMAIL_TEMPLATE}) {
      for (String language : ConsentTexts.LANGUAGES) {
        String path = "messages/" + template + "." + language + ".properties";
        var in = getClass().getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        assertThat(properties.getProperty("subject")).as(path).isNotBlank();
        assertThat(properties.getProperty("body")).as(path).contains("{workspace}");
        if (!template.equals(RegistrationProcess.WELCOME_TEMPLATE)) {
          assertThat(properties.getProperty("body")).as(path).contains("{link}");
        }
      }
    }
  }
}
