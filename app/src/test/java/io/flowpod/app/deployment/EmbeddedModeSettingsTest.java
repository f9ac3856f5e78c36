package io.flowpod.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.support.FlowPodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The default mode is embedded, and the outbox leaves resumption to FlowResumer there. */
@FlowPodIntegrationTest
class EmbeddedModeSettingsTest {

  @Autowired Environment env;

  @Test
  void embeddedIsTheDefaultModeAndDoesNotRepublishOutstandingEvents() {
    assertThat(env.getProperty("flowpod.mode")).isEqualTo("embedded");
    assertThat(env.getActiveProfiles()).contains("embedded").doesNotContain("cluster");
    assertThat(env.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
        .isEqualTo("false");
    assertThat(env.getProperty("camunda.client.auth.client-id")).isNull();
  }
}
