package io.flowpod.api.logging;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Structured JSON logs by default: maps {@code flowpod.log.format} ({@code ecs} unless set;
 * {@code logstash} and {@code gelf} work too) onto Spring Boot's
 * {@code logging.structured.format.console}; {@code plain} keeps the human-readable pattern. An
 * explicit {@code logging.structured.format.console} wins. Runs before the logging system starts.
 */
public class StructuredLogging implements EnvironmentPostProcessor {

  static final String FORMAT = "flowpod.log.format";
  static final String CONSOLE = "logging.structured.format.console";
  static final String PLAIN = "plain";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    if (environment.containsProperty(CONSOLE)) {
      return;
    }
    String format = environment.getProperty(FORMAT, "ecs").strip();
    if (!PLAIN.equalsIgnoreCase(format) && !format.isEmpty()) {
      environment.getPropertySources()
          .addLast(new MapPropertySource("flowpodStructuredLogging", Map.of(CONSOLE, format)));
    }
  }
}
