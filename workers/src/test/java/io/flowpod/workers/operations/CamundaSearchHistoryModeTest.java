package io.flowpod.workers.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.camunda.client.CamundaClient;
import io.flowpod.domain.operations.ProcessHistory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The search-API history exists in cluster mode only: embedded mode has no search API. */
class CamundaSearchHistoryModeTest {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withBean(CamundaClient.class, () -> mock(CamundaClient.class))
      .withUserConfiguration(CamundaSearchHistory.class);

  @Test
  void isTheProcessHistoryInClusterMode() {
    context.withPropertyValues("flowpod.mode=cluster", "flowpod.ops.operate-url=http://localhost:8088/operate")
        .run(app -> assertThat(app.getBean(ProcessHistory.class).operateUrl(7L))
            .contains("http://localhost:8088/operate/processes/7"));
  }

  @Test
  void isAbsentInEmbeddedMode() {
    context.withPropertyValues("flowpod.mode=embedded")
        .run(app -> assertThat(app).doesNotHaveBean(ProcessHistory.class));
    context.run(app -> assertThat(app).doesNotHaveBean(ProcessHistory.class));
  }
}
