package io.flowpod.domain.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The operator's actions check the tenant, the input and the instance's state before the engine. */
class ProcessOperationsTest {

  private static final UUID TENANT = UUID.randomUUID();
  private static final UUID ACTOR = UUID.randomUUID();

  private final FakeHistory history = new FakeHistory();
  private final List<String> sent = new ArrayList<>();
  private final AuditLog audit = mock(AuditLog.class);
  private final ProcessOperations operations = operations(history);

  @Test
  void setsVariablesOnItsOwnRunningInstanceAndAuditsTheNamesOnly() {
    history.add(instance(1L, InstanceState.INCIDENT));

    as(() -> operations.setVariables(1L, Map.of("orderId", "abc"), ACTOR));

    assertThat(sent).containsExactly("setVariables 1 [orderId]");
    verify(audit).record(ProcessOperations.VARIABLES_SET, ACTOR, "process-instance", 1L,
        "variables: orderId");
  }

  @Test
  void anotherTenantsInstanceIsNotFound() {
    history.add(instance(1L, InstanceState.ACTIVE));

    assertThatThrownBy(() -> TenantContext.runAs(UUID.randomUUID(),
        () -> operations.cancel(1L, ACTOR)))
        .isInstanceOfSatisfying(OperationException.class,
            e -> assertThat(e.reason()).isEqualTo(OperationException.Reason.NOT_FOUND));
    assertThat(sent).isEmpty();
  }

  @Test
  void refusesTheTenantPersonalDataAndNamesThatAreNotCamelCase() {
    history.add(instance(1L, InstanceState.ACTIVE));

    assertThatThrownBy(() -> as(() -> operations.setVariables(1L,
        Map.of("tenantId", "x", "customerEmail", "a@b.c", "Order-Id", 1), ACTOR)))
        .isInstanceOfSatisfying(OperationException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("variables.tenantId", "variables.customerEmail", "variables.Order-Id"));
    assertThat(sent).isEmpty();
    verify(audit, never()).record(anyString(), any(), anyString(), any(), anyString());
  }

  @Test
  void anEndedInstanceCannotBeCancelled() {
    history.add(instance(1L, InstanceState.COMPLETED));

    assertThatThrownBy(() -> as(() -> operations.cancel(1L, ACTOR)))
        .isInstanceOfSatisfying(OperationException.class,
            e -> assertThat(e.reason()).isEqualTo(OperationException.Reason.CONFLICT));
  }

  @Test
  void retriesAJobIncidentWithTheGivenRetriesAndResolvesOneWithoutAJob() {
    history.add(instance(1L, InstanceState.INCIDENT));
    history.incidents.add(incident(10L, 1L, 99L));
    history.incidents.add(incident(11L, 1L, null));

    as(() -> operations.retry(10L, 3, ACTOR));
    as(() -> operations.retry(11L, 3, ACTOR));

    assertThat(sent).containsExactly("retry 10 3", "resolve 11");
    verify(audit).record(eq(ProcessOperations.INCIDENT_RETRIED), eq(ACTOR), eq("incident"),
        eq(10L), eq("retries: 3, element Task_ConfirmOrder, instance 1"));
    assertThatThrownBy(() -> as(() -> operations.retry(10L, 0, ACTOR)))
        .isInstanceOfSatisfying(OperationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("retries"));
  }

  @Test
  void movesOnlyFromAnElementTheInstanceWaitsIn() {
    history.add(instance(1L, InstanceState.ACTIVE));

    assertThatThrownBy(() -> as(() -> operations.moveToken(1L, "Task_Other", "Task_B", ACTOR)))
        .isInstanceOfSatisfying(OperationException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("from"));
    as(() -> operations.moveToken(1L, "Task_ConfirmOrder", "Task_B", ACTOR));

    assertThat(sent).containsExactly("move 1 Task_ConfirmOrder Task_B");
  }

  @Test
  void batchCancelSkipsEndedInstancesAndCapsTheFilter() {
    history.add(instance(1L, InstanceState.ACTIVE));
    history.add(instance(2L, InstanceState.COMPLETED));
    history.add(instance(3L, InstanceState.INCIDENT));

    ProcessOperations.BatchOutcome outcome = TenantContext.callAs(TENANT,
        () -> operations.cancelAll(InstanceFilter.all(5000), ACTOR));

    assertThat(outcome.done()).containsExactly(1L, 3L);
    assertThat(history.lastLimit).isEqualTo(ProcessOperations.BATCH_LIMIT);
  }

  @Test
  void withoutHistoryTheConsoleIsUnavailable() {
    ProcessOperations withoutHistory = operations(null);

    assertThatThrownBy(() -> as(() -> withoutHistory.instances(InstanceFilter.all(10))))
        .isInstanceOfSatisfying(OperationException.class,
            e -> assertThat(e.reason()).isEqualTo(OperationException.Reason.UNAVAILABLE));
  }

  private ProcessOperations operations(ProcessHistory history) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (history != null) {
      beans.addBean("history", history);
    }
    return new ProcessOperations(beans.getBeanProvider(ProcessHistory.class), new RecordingCommands(),
        new AuditedCommands(audit));
  }

  private static void as(Runnable work) {
    TenantContext.runAs(TENANT, work);
  }

  private static InstanceSummary instance(long key, InstanceState state) {
    return new InstanceSummary(key, "order-lifecycle", 1, 7L, state,
        new BusinessObject("order", "o-" + key, "Order " + key), Instant.EPOCH, null, Instant.EPOCH,
        state.running() ? List.of("Task_ConfirmOrder") : List.of(), 0);
  }

  private static IncidentView incident(long key, long instanceKey, Long jobKey) {
    return new IncidentView(key, instanceKey, "order-lifecycle", "Task_ConfirmOrder",
        "JOB_NO_RETRIES", "Order 1: failed; retry", jobKey, Instant.EPOCH, null);
  }

  private final class RecordingCommands implements ProcessCommands {
    @Override public void retry(IncidentView incident, int retries) {
      sent.add("retry " + incident.key() + " " + retries);
    }

    @Override public void resolve(long incidentKey) {
      sent.add("resolve " + incidentKey);
    }

    @Override public void cancel(long processInstanceKey) {
      sent.add("cancel " + processInstanceKey);
    }

    @Override public void setVariables(long processInstanceKey, Map<String, Object> variables) {
      sent.add("setVariables " + processInstanceKey + " " + variables.keySet());
    }

    @Override public void moveToken(long processInstanceKey, String from, String to) {
      sent.add("move " + processInstanceKey + " " + from + " " + to);
    }

    @Override public void migrate(long processInstanceKey, long target, Map<String, String> m) {
      sent.add("migrate " + processInstanceKey);
    }
  }

  /** One tenant's instances and incidents. */
  private static final class FakeHistory implements ProcessHistory {
    final List<InstanceSummary> instances = new ArrayList<>();
    final List<IncidentView> incidents = new ArrayList<>();
    int lastLimit;

    void add(InstanceSummary summary) {
      instances.add(summary);
    }

    @Override public List<InstanceSummary> instances(UUID tenantId, InstanceFilter filter) {
      lastLimit = filter.limit();
      return TENANT.equals(tenantId) ? instances : List.of();
    }

    @Override public Optional<InstanceDetail> instance(UUID tenantId, long key) {
      return instances(tenantId, InstanceFilter.all(1)).stream().filter(i -> i.key() == key)
          .findFirst().map(s -> new InstanceDetail(s, List.of(), List.of(), List.of(), Map.of(),
              List.of()));
    }

    @Override public List<IncidentView> incidents(UUID tenantId, IncidentFilter filter) {
      return TENANT.equals(tenantId) ? incidents : List.of();
    }

    @Override public Optional<IncidentView> incident(UUID tenantId, long key) {
      return incidents(tenantId, IncidentFilter.all(1)).stream().filter(i -> i.key() == key)
          .findFirst();
    }

    @Override public List<InstanceSummary> stuck(UUID tenantId, Duration idle, int limit) {
      return List.of();
    }

    @Override public Optional<String> diagramXml(long processDefinitionKey) {
      return Optional.empty();
    }

    @Override public List<DefinitionUsage> definitions() {
      return List.of();
    }
  }
}
