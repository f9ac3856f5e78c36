package io.flowpod.app.payments;

import io.flowpod.app.support.FlowPodIntegrationTest;
import io.flowpod.connectors.stripe.FakeStripeApi;
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
 * One local Stripe API fake per test JVM, and {@code flowpod.stripe.api-base} pointing at it in every
 * {@link FlowPodIntegrationTest} context (registered in META-INF/spring.factories). Every such context
 * gets the same, equal customizer, so the suite still shares one cached context and no test class
 * needs extra properties.
 */
public final class FakeStripeContext implements ContextCustomizerFactory {

  private static final class Holder {
    static final FakeStripeApi API = FakeStripeApi.start();
  }

  /** The fake the application talks to. */
  public static FakeStripeApi api() {
    return Holder.API;
  }

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
        .isPresent(FlowPodIntegrationTest.class) ? new PointStripeAtFake() : null;
  }

  private record PointStripeAtFake() implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context,
        MergedContextConfiguration mergedConfig) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fake-stripe-api",
          Map.of("flowpod.stripe.api-base", api().baseUrl())));
    }
  }
}
