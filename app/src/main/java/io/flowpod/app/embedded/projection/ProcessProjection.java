package io.flowpod.app.embedded.projection;

import io.flowpod.app.embedded.projection.EngineEvent.ElementChange;
import io.flowpod.app.embedded.projection.EngineEvent.ElementChanged;
import io.flowpod.app.embedded.projection.EngineEvent.IncidentCreated;
import io.flowpod.app.embedded.projection.EngineEvent.IncidentResolved;
import io.flowpod.app.embedded.projection.EngineEvent.JobChanged;
import io.flowpod.app.embedded.projection.EngineEvent.ProcessDeployed;
import io.flowpod.app.embedded.projection.EngineEvent.VariableChanged;
import io.flowpod.app.embedded.projection.TrackedInstance.ActiveElement;
import io.flowpod.domain.operations.ActiveElementInstances;
import io.flowpod.domain.operations.DefinitionUsage;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.ProcessHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The embedded engine's process instances as the ops console needs them, built from the engine's own
 * records ({@link EngineLogTail}). Bounded: running instances are kept (the engine holds them anyway),
 * each with capped collections ({@link TrackedInstance}); of the ended ones only the most recent
 * {@code finishedCapacity} are kept. Deployed process versions are kept with their XML.
 */
final class ProcessProjection implements ProcessHistory, ActiveElementInstances {

  /** Elements that move on by themselves once their job is done: the ones that can be stuck. */
  private static final Set<String> JOB_ELEMENTS =
      Set.of("SERVICE_TASK", "SEND_TASK", "SCRIPT_TASK", "BUSINESS_RULE_TASK");

  private static final int MAX_STARTING = 10_000;

  private record Definition(String processId, int version, String resourceName, String xml) {}

  private record OpenJob(String type, Instant createdAt) {}

  private final Map<Long, Definition> definitions = new HashMap<>();
  private final Map<Long, TrackedInstance> running = new HashMap<>();
  private final Map<Long, TrackedInstance> finished;
  private final Map<Long, OpenJob> openJobs = new HashMap<>();
  /** Variables of instances about to start: the engine writes them before the instance itself. */
  private final Map<Long, List<VariableChanged>> startingVariables = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, List<VariableChanged>> eldest) {
      return size() > MAX_STARTING;
    }
  };
  private final FlowMetrics metrics;
  private final Clock clock;

  ProcessProjection(int finishedCapacity, FlowMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
    this.finished = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, TrackedInstance> eldest) {
        return size() > finishedCapacity;
      }
    };
    metrics.openIncidents(this::openIncidentCount);
  }

  synchronized void apply(List<EngineEvent> events) {
    for (EngineEvent event : events) {
      switch (event) {
        case ElementChanged e -> element(e);
        case VariableChanged e -> variable(e);
        case IncidentCreated e -> incidentCreated(e);
        case IncidentResolved e -> incidentResolved(e);
        case JobChanged e -> job(e);
        case ProcessDeployed e -> definitions.put(e.definitionKey(),
            new Definition(e.processId(), e.version(), e.resourceName(), e.xml()));
      }
    }
  }

  private void element(ElementChanged e) {
    if (e.isProcess() && e.change() == ElementChange.ACTIVATED) {
      TrackedInstance started = new TrackedInstance(e.processInstanceKey(), e.processId(),
          e.version(), e.definitionKey(), e.at());
      running.put(started.key, started);
      List<VariableChanged> early = startingVariables.remove(started.key);
      if (early != null) {
        early.forEach(v -> started.variable(v.name(), v.value()));
      }
      metrics.started(e.processId());
      return;
    }
    TrackedInstance instance = running.get(e.processInstanceKey());
    if (instance == null) {
      return;
    }
    if (e.isProcess() && e.change() != ElementChange.MIGRATED) {
      boolean completed = e.change() == ElementChange.COMPLETED;
      instance.end(completed ? InstanceState.COMPLETED : InstanceState.CANCELED, e.at());
      instance.step(e.elementId(), e.elementType(), e.change().name(), e.at());
      running.remove(instance.key);
      finished.put(instance.key, instance);
      metrics.ended(e.processId(), completed);
      return;
    }
    instance.step(e.elementId(), e.elementType(), e.change().name(), e.at());
    switch (e.change()) {
      case ACTIVATED -> instance.active.put(e.elementInstanceKey(),
          new ActiveElement(e.elementInstanceKey(), e.elementId(), e.elementType(), e.at()));
      case COMPLETED -> {
        instance.active.remove(e.elementInstanceKey());
        instance.completed(e.elementId());
      }
      case TERMINATED -> instance.active.remove(e.elementInstanceKey());
      case FLOW_TAKEN -> instance.flowTaken(e.elementId());
      case MIGRATED -> migrated(instance, e);
    }
  }

  /** A migration moves the instance and each waiting element to the target version, maybe renamed. */
  private static void migrated(TrackedInstance instance, ElementChanged e) {
    if (e.isProcess()) {
      instance.version = e.version();
      instance.definitionKey = e.definitionKey();
    } else {
      instance.active.computeIfPresent(e.elementInstanceKey(), (key, waiting) ->
          new ActiveElement(key, e.elementId(), e.elementType(), waiting.since()));
    }
  }

  private void variable(VariableChanged e) {
    if (e.scopeKey() != e.processInstanceKey()) {
      return;
    }
    TrackedInstance instance = running.get(e.processInstanceKey());
    if (instance != null) {
      instance.variable(e.name(), e.value());
    } else {
      startingVariables.computeIfAbsent(e.processInstanceKey(), k -> new ArrayList<>()).add(e);
    }
  }

  private void incidentCreated(IncidentCreated e) {
    TrackedInstance instance = running.get(e.processInstanceKey());
    if (instance == null) {
      return;
    }
    instance.incidents.put(e.key(), new IncidentView(e.key(), e.processInstanceKey(), e.processId(),
        e.elementId(), e.errorType(), e.errorMessage(), e.jobKey() > 0 ? e.jobKey() : null, e.at(),
        null));
    instance.lastProgressAt = e.at();
    metrics.incidentCreated(e.processId());
  }

  private void incidentResolved(IncidentResolved e) {
    TrackedInstance instance = running.get(e.processInstanceKey());
    if (instance != null && instance.incidents.remove(e.key()) != null) {
      instance.lastProgressAt = e.at();
    }
  }

  private void job(JobChanged e) {
    switch (e.change()) {
      case CREATED -> openJobs.put(e.key(), new OpenJob(e.type(), e.at()));
      case COMPLETED -> {
        OpenJob job = openJobs.remove(e.key());
        if (job != null) {
          metrics.jobCompleted(job.type(), Duration.between(job.createdAt(), e.at()));
        }
      }
      case ENDED -> openJobs.remove(e.key());
    }
  }

  synchronized int openIncidentCount() {
    return running.values().stream().mapToInt(i -> i.incidents.size()).sum();
  }

  /** How much the projection holds, for the benchmark and the ops console's health. */
  synchronized ProjectionSize size() {
    return new ProjectionSize(running.size(), finished.size(), definitions.size(), openJobs.size());
  }

  record ProjectionSize(int running, int finished, int definitions, int openJobs) {}

  // ---- ProcessHistory

  @Override
  public synchronized List<InstanceSummary> instances(UUID tenantId, InstanceFilter filter) {
    return tenantInstances(tenantId)
        .filter(i -> filter.processId() == null || filter.processId().equals(i.processId))
        .filter(i -> filter.state() == null || filter.state() == i.state())
        .filter(i -> matches(i, filter.businessObjectType(), filter.businessObjectId()))
        .sorted(Comparator.comparing((TrackedInstance i) -> i.startedAt).reversed())
        .limit(filter.limit())
        .map(TrackedInstance::summary)
        .toList();
  }

  @Override
  public synchronized Optional<InstanceDetail> instance(UUID tenantId, long processInstanceKey) {
    return find(tenantId, processInstanceKey).map(TrackedInstance::detail);
  }

  @Override
  public synchronized List<IncidentView> incidents(UUID tenantId, IncidentFilter filter) {
    return running.values().stream()
        .filter(i -> tenantId.equals(i.tenantId))
        .filter(i -> filter.processId() == null || filter.processId().equals(i.processId))
        .filter(i -> matches(i, filter.businessObjectType(), filter.businessObjectId()))
        .flatMap(i -> i.incidents.values().stream().map(i::named))
        .sorted(Comparator.comparing(IncidentView::createdAt).reversed())
        .limit(filter.limit())
        .toList();
  }

  @Override
  public synchronized Optional<IncidentView> incident(UUID tenantId, long incidentKey) {
    return running.values().stream()
        .filter(i -> tenantId.equals(i.tenantId) && i.incidents.containsKey(incidentKey))
        .map(i -> i.named(i.incidents.get(incidentKey)))
        .findFirst();
  }

  @Override
  public synchronized List<InstanceSummary> stuck(UUID tenantId, Duration idleLongerThan, int limit) {
    Instant before = clock.instant().minus(idleLongerThan);
    Predicate<TrackedInstance> waitsOnJob = i -> i.active.values().stream()
        .anyMatch(a -> JOB_ELEMENTS.contains(a.elementType()));
    return running.values().stream()
        .filter(i -> tenantId.equals(i.tenantId))
        .filter(i -> i.incidents.isEmpty() && i.lastProgressAt.isBefore(before))
        .filter(waitsOnJob)
        .sorted(Comparator.comparing((TrackedInstance i) -> i.lastProgressAt))
        .limit(limit)
        .map(TrackedInstance::summary)
        .toList();
  }

  // ---- ActiveElementInstances (moving a token terminates element instances by key)

  @Override
  public synchronized List<Long> keys(long processInstanceKey, String elementId) {
    TrackedInstance instance = running.get(processInstanceKey);
    return instance == null ? List.of() : instance.active.values().stream()
        .filter(a -> a.elementId().equals(elementId)).map(ActiveElement::key).toList();
  }

  @Override
  public synchronized Optional<String> diagramXml(long processDefinitionKey) {
    return Optional.ofNullable(definitions.get(processDefinitionKey)).map(Definition::xml);
  }

  @Override
  public synchronized List<DefinitionUsage> definitions() {
    Map<Long, Long> runningByDefinition = new HashMap<>();
    running.values().forEach(i -> runningByDefinition.merge(i.definitionKey, 1L, Long::sum));
    return definitions.entrySet().stream()
        .map(d -> new DefinitionUsage(d.getValue().processId(), d.getValue().version(), d.getKey(),
            d.getValue().resourceName(), runningByDefinition.getOrDefault(d.getKey(), 0L)))
        .sorted(Comparator.comparing(DefinitionUsage::processId)
            .thenComparing(Comparator.comparing(DefinitionUsage::version).reversed()))
        .toList();
  }

  private Stream<TrackedInstance> tenantInstances(UUID tenantId) {
    return Stream.concat(running.values().stream(), finished.values().stream())
        .filter(i -> tenantId.equals(i.tenantId));
  }

  private Optional<TrackedInstance> find(UUID tenantId, long key) {
    TrackedInstance instance = running.get(key);
    if (instance == null) {
      instance = finished.get(key);
    }
    return Optional.ofNullable(instance).filter(i -> tenantId.equals(i.tenantId));
  }

  private static boolean matches(TrackedInstance i, String type, String id) {
    if (type == null && id == null) {
      return true;
    }
    return i.businessObject != null
        && (type == null || type.equals(i.businessObject.type()))
        && (id == null || id.equals(i.businessObject.id()));
  }
}
