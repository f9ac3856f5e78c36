package io.flowpod.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowpod.app.embedded.EmbeddedRuntimeListener;
import io.flowpod.app.embedded.EmbeddedStartupException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * Cluster mode starts nothing embedded and reads its cluster-only settings. The engine port is held
 * by this test, so an embedded start would fail loudly instead of passing unnoticed.
 */
class ClusterModeTest {

  private ServerSocket heldEnginePort;

  @BeforeEach
  void holdEnginePort() throws IOException {
    heldEnginePort = new ServerSocket();
    heldEnginePort.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  @AfterEach
  void releaseEnginePort() throws IOException {
    heldEnginePort.close();
  }

  @Test
  void clusterModeStartsNoEmbeddedRuntime() {
    MockEnvironment env = environment("cluster");
    int sourcesBefore = env.getPropertySources().size();
    GenericApplicationContext context = new GenericApplicationContext();
    EmbeddedRuntimeListener listener = new EmbeddedRuntimeListener();

    listener.onApplicationEvent(environmentPrepared(env));
    listener.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));

    assertThat(env.getPropertySources().size()).isEqualTo(sourcesBefore);
    assertThat(env.getProperty("spring.datasource.url")).isNull();
    assertThat(context.containsBeanDefinition("embeddedRuntime")).isFalse();
  }

  @Test
  void embeddedModeWouldStartTheRuntimeAndClaimTheEnginePortFirst() {
    // The control for the test above: the same environment in embedded mode does try to start.
    MockEnvironment env = environment("embedded");

    assertThatThrownBy(() -> new EmbeddedRuntimeListener().onApplicationEvent(environmentPrepared(env)))
        .isInstanceOf(EmbeddedStartupException.class)
        .hasMessageContaining(":" + heldEnginePort.getLocalPort() + " is already in use");
  }

  @Test
  void clusterModeActivatesTheClusterProfileAndMapsCamundaCredentials() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NoBeans.class)
        .web(WebApplicationType.NONE)
        .properties(
            "flowpod.embedded.zeebe-port=" + heldEnginePort.getLocalPort(),
            "FLOWPOD_CAMUNDA_CLIENT_ID=flowpod-client",
            "FLOWPOD_CAMUNDA_CLIENT_SECRET=s3cret",
            "FLOWPOD_CAMUNDA_TOKEN_URL=http://idp.test/token",
            "FLOWPOD_CAMUNDA_AUDIENCE=orchestration-api",
            "FLOWPOD_CAMUNDA_USERNAME=flowpod",
            "FLOWPOD_CAMUNDA_PASSWORD=pw",
            "FLOWPOD_OPERATE_URL=http://operate.test/operate")
        .run("--flowpod.mode=cluster")) {
      ConfigurableEnvironment env = context.getEnvironment();

      assertThat(env.getActiveProfiles()).contains("cluster");
      assertThat(env.getProperty("spring.modulith.events.republish-outstanding-events-on-restart"))
          .isEqualTo("true");
      assertThat(env.getProperty("camunda.client.auth.client-id")).isEqualTo("flowpod-client");
      assertThat(env.getProperty("camunda.client.auth.client-secret")).isEqualTo("s3cret");
      assertThat(env.getProperty("camunda.client.auth.token-url")).isEqualTo("http://idp.test/token");
      assertThat(env.getProperty("camunda.client.auth.audience")).isEqualTo("orchestration-api");
      assertThat(env.getProperty("camunda.client.auth.username")).isEqualTo("flowpod");
      assertThat(env.getProperty("camunda.client.auth.password")).isEqualTo("pw");
      assertThat(env.getProperty("flowpod.ops.operate-url")).isEqualTo("http://operate.test/operate");
      assertThat(context.containsBean("embeddedRuntime")).isFalse();
    }
  }

  private MockEnvironment environment(String mode) {
    return new MockEnvironment()
        .withProperty("flowpod.mode", mode)
        .withProperty("flowpod.embedded.zeebe-port", String.valueOf(heldEnginePort.getLocalPort()));
  }

  private static ApplicationEnvironmentPreparedEvent environmentPrepared(ConfigurableEnvironment env) {
    return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
        new String[0], env);
  }

  /** An empty context: only configuration loading and the run listeners are under test. */
  @Configuration(proxyBeanMethods = false)
  static class NoBeans {}
}
