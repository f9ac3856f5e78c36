package io.flowpod.app.conversations;

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
 * The platform's WhatsApp app secret and verify token in every {@link FlowPodIntegrationTest} context
 * (registered in META-INF/spring.factories; the same, equal customizer everywhere, so the suite still
 * shares one cached context). Tests sign deliveries with {@link #APP_SECRET} as Meta would.
 */
public final class WhatsAppPlatformContext implements ContextCustomizerFactory {

  public static final String APP_SECRET = "test-whatsapp-app-secret";
  public static final String VERIFY_TOKEN = "test-whatsapp-verify-token";

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
        .isPresent(FlowPodIntegrationTest.class) ? new WhatsAppSecrets() : null;
  }

  private record WhatsAppSecrets() implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration mergedConfig) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
          "whatsapp-platform-secrets", Map.of("flowpod.whatsapp.app-secret", APP_SECRET,
              "flowpod.whatsapp.verify-token", VERIFY_TOKEN)));
    }
  }
}
