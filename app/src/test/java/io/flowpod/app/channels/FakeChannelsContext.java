package io.flowpod.app.channels;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.connectors.sms.FakeSmsApi;
import io.flowpod.connectors.telegram.FakeTelegramBotApi;
import io.flowpod.connectors.whatsapp.FakeWhatsAppCloudApi;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One local fake per provider API per test JVM (WhatsApp Cloud API, Telegram Bot API, Twilio-style
 * SMS), and the channel base URLs pointing at them in every {@link FlowPodIntegrationTest} context
 * (registered in META-INF/spring.factories), with short channel retries so failure paths run in
 * seconds. Every context gets the same, equal customizer, so the suite still shares one context.
 */
public final class FakeChannelsContext implements ContextCustomizerFactory {

  private static final class Holder {
    static final FakeWhatsAppCloudApi WHATSAPP = FakeWhatsAppCloudApi.start();
    static final FakeTelegramBotApi TELEGRAM = FakeTelegramBotApi.start();
    static final FakeSmsApi SMS = FakeSmsApi.start();
  }

  public static FakeWhatsAppCloudApi whatsApp() {
    return Holder.WHATSAPP;
  }

  public static FakeTelegramBotApi telegram() {
    return Holder.TELEGRAM;
  }

  public static FakeSmsApi sms() {
    return Holder.SMS;
  }

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
        .isPresent(FlowPodIntegrationTest.class) ? new PointChannelsAtFakes() : null;
  }

  private record PointChannelsAtFakes() implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration mergedConfig) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fake-channels",
          Map.of("flowpod.whatsapp.api-url", whatsApp().baseUrl(),
              "flowpod.telegram.api-url", telegram().baseUrl(),
              "flowpod.sms.api-url", sms().baseUrl(),
              "flowpod.channels.retry.delay-millis", "20",
              "flowpod.channels.retry.max-delay-millis", "200",
              "flowpod.channels.delivery-retry-backoff", "PT1S")));
    }
  }
}
