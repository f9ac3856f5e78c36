package io.flowpod.app.webhooks;

import io.flowpod.app.support.FlowPodIntegrationTest;
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
 * One local webhook receiver per test JVM and, in every {@link FlowPodIntegrationTest} context: its
 * exact 127.0.0.1:port as the only origin exempt from the SSRF rule, and a retry schedule in seconds
 * (1 s, 3 s, 9 s within 15 s) instead of the production minutes-to-hours over a day. The same,
 * equal customizer for every context keeps the suite on one cached context.
 */
public final class WebhookTestContext implements ContextCustomizerFactory {

  static final String RETRY_DELAYS = "1s,3s,9s";
  static final String RETRY_WINDOW = "PT15S";

  private static final class Holder {
    static final TestWebhookReceiver RECEIVER = TestWebhookReceiver.start();
  }

  public static TestWebhookReceiver receiver() {
    return Holder.RECEIVER;
  }

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
        .isPresent(FlowPodIntegrationTest.class) ? new WebhooksInSeconds() : null;
  }

  private record WebhooksInSeconds() implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration mergedConfig) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("webhook-receiver",
          Map.of("flowpod.webhooks.test-allowed-origins", "127.0.0.1:" + receiver().port(),
              "flowpod.webhooks.retry-delays", RETRY_DELAYS,
              "flowpod.webhooks.retry-window", RETRY_WINDOW,
              "flowpod.webhooks.dispatch-interval", "PT0.5S")));
    }
  }
}
