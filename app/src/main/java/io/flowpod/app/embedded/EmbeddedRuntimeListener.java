package io.flowpod.app.embedded;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Starts the {@link EmbeddedRuntime} when {@code flowpod.mode} is {@code embedded} (the default),
 * once the environment is known and before any bean exists, and registers it as a bean so that it
 * stops when the context closes, after the beans that use it. One runtime per application context.
 */
public class EmbeddedRuntimeListener implements ApplicationListener<ApplicationEvent>, Ordered {

  static final String PROPERTY_SOURCE = "flowpod-embedded-runtime";
  static final String BEAN_NAME = "embeddedRuntime";
  private EmbeddedRuntime runtime;

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    switch (event) {
      case ApplicationEnvironmentPreparedEvent e -> start(e.getEnvironment());
      case ApplicationPreparedEvent e when runtime != null -> register((GenericApplicationContext) e.getApplicationContext());
      case ApplicationFailedEvent e when runtime != null -> runtime.close();
      default -> { }
    }
  }

  /**
   * Registers the runtime as a bean that every other bean depends on: Spring then destroys all of
   * them (connection pools, the outbox registry, the Camunda client) before it stops the servers they
   * talk to, so shutdown never waits on a database that is already gone.
   */
  private void register(GenericApplicationContext context) {
    context.registerBean(BEAN_NAME, EmbeddedRuntime.class, () -> runtime);
    context.addBeanFactoryPostProcessor(factory -> {
      for (String name : factory.getBeanDefinitionNames()) {
        if (!name.equals(BEAN_NAME)) {
          BeanDefinition definition = factory.getBeanDefinition(name);
          String[] dependsOn = definition.getDependsOn();
          definition.setDependsOn(dependsOn == null
              ? new String[] {BEAN_NAME}
              : Stream.concat(Arrays.stream(dependsOn), Stream.of(BEAN_NAME)).toArray(String[]::new));
        }
      }
    });
  }

  private void start(ConfigurableEnvironment env) {
    if (!"embedded".equals(env.getProperty("flowpod.mode", "embedded")) || runtime != null) {
      return;
    }
    runtime = EmbeddedRuntime.start(EmbeddedSettings.from(env));
    // Below system properties, environment and test properties, above application.yml.
    PropertySource<?> source = new MapPropertySource(PROPERTY_SOURCE, runtime.properties());
    String firstConfigFile = env.getPropertySources().stream()
        .map(PropertySource::getName)
        .filter(name -> name.startsWith("Config resource"))
        .findFirst().orElse(null);
    if (firstConfigFile == null) {
      env.getPropertySources().addLast(source);
    } else {
      env.getPropertySources().addBefore(firstConfigFile, source);
    }
  }

  @Override
  public int getOrder() {
    // After Boot's own config-file processing (which runs at HIGHEST_PRECEDENCE + 10).
    return Ordered.HIGHEST_PRECEDENCE + 30;
  }
}
