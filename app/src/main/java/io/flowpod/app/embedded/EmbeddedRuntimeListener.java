package io.flowpod.app.embedded;

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
  private EmbeddedRuntime runtime;

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    switch (event) {
      case ApplicationEnvironmentPreparedEvent e -> start(e.getEnvironment());
      case ApplicationPreparedEvent e when runtime != null ->
          ((GenericApplicationContext) e.getApplicationContext())
              .registerBean("embeddedRuntime", EmbeddedRuntime.class, () -> runtime);
      case ApplicationFailedEvent e when runtime != null -> runtime.close();
      default -> { }
    }
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
