package io.flowpod.app.embedded.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowpod.app.embedded.projection.EngineEvent.ElementChange;
import io.flowpod.app.embedded.projection.EngineEvent.ElementChanged;
import io.flowpod.app.embedded.projection.EngineEvent.VariableChanged;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The projection's bookkeeping on hand-made engine events: bounds, early variables, stuck, migration. */
class ProcessProjectionTest {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final UUID TENANT = UUID.randomUUID();

  private final ProcessProjection projection = new ProcessProjection(3,
      new FlowMetrics(new SimpleMeterRegistry()), Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC));

  @Test
  void keeps_only_the_most_recent_ended_instances_and_variables_written_before_the_start() {
    for (long key = 1; key <= 5; key++) {
      projection.apply(List.of(
          new VariableChanged(key, key, "tenantId", "\"" + TENANT + "\"", T0),
          new VariableChanged(key, key, "orderId", "\"o-" + key + "\"", T0),
          process(key, 1, ElementChange.ACTIVATED, T0.plusSeconds(key)),
          process(key, 1, ElementChange.COMPLETED, T0.plusSeconds(key + 1))));
    }

    assertThat(projection.instances(TENANT, InstanceFilter.all(10)))
        .extracting(s -> s.businessObject().id()).containsExactly("o-5", "o-4", "o-3");
    assertThat(projection.size().finished()).isEqualTo(3);
    assertThat(projection.instance(TENANT, 1)).as("evicted").isEmpty();
  }

  @Test
  void a_job_that_does_not_move_is_stuck_a_wait_for_people_is_not_and_a_migration_follows_the_new_version() {
    List<EngineEvent> events = new ArrayList<>(List.of(
        new VariableChanged(7, 7, "tenantId", "\"" + TENANT + "\"", T0),
        process(7, 1, ElementChange.ACTIVATED, T0),
        element(7, 71, "Task_CallProvider", "SERVICE_TASK", ElementChange.ACTIVATED, T0),
        new VariableChanged(8, 8, "tenantId", "\"" + TENANT + "\"", T0),
        process(8, 1, ElementChange.ACTIVATED, T0),
        element(8, 81, "Task_Pack", "USER_TASK", ElementChange.ACTIVATED, T0)));
    projection.apply(events);

    assertThat(projection.stuck(TENANT, Duration.ofHours(1), 10)).extracting(s -> s.key())
        .containsExactly(7L);
    assertThat(projection.stuck(TENANT, Duration.ofHours(3), 10)).isEmpty();
    assertThat(projection.stuck(UUID.randomUUID(), Duration.ofHours(1), 10)).isEmpty();

    projection.apply(List.of(
        new ElementChanged(7, 7, "p", 2, 1002, "p", "PROCESS", ElementChange.MIGRATED, T0),
        new ElementChanged(7, 71, "p", 2, 1002, "Task_CallProviderV2", "SERVICE_TASK",
            ElementChange.MIGRATED, T0)));
    var summary = projection.instance(TENANT, 7).orElseThrow().summary();
    assertThat(summary.version()).isEqualTo(2);
    assertThat(summary.processDefinitionKey()).isEqualTo(1002);
    assertThat(summary.activeElementIds()).containsExactly("Task_CallProviderV2");
    assertThat(summary.state()).isEqualTo(InstanceState.ACTIVE);
  }

  private static ElementChanged process(long key, int version, ElementChange change, Instant at) {
    return new ElementChanged(key, key, "p", version, 1000 + version, "p", "PROCESS", change, at);
  }

  private static ElementChanged element(long instance, long key, String id, String type,
      ElementChange change, Instant at) {
    return new ElementChanged(instance, key, "p", 1, 1001, id, type, change, at);
  }
}
