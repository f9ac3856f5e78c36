package io.flowpod.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class StructuredLoggingTest {

  @Test
  void structuredEcsIsTheDefault() {
    assertThat(consoleFormat(Map.of())).isEqualTo("ecs");
  }

  @Test
  void plainTurnsStructuredLoggingOff() {
    assertThat(consoleFormat(Map.of("flowpod.log.format", "plain"))).isNull();
  }

  @Test
  void otherFormatsArePassedOnAndExplicitSettingsWin() {
    assertThat(consoleFormat(Map.of("flowpod.log.format", "logstash"))).isEqualTo("logstash");
    assertThat(consoleFormat(Map.of("flowpod.log.format", "plain",
        "logging.structured.format.console", "gelf"))).isEqualTo("gelf");
  }

  private static String consoleFormat(Map<String, Object> properties) {
    MockEnvironment environment = new MockEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    new StructuredLogging().postProcessEnvironment(environment, new SpringApplication());
    return environment.getProperty("logging.structured.format.console");
  }
}
