package io.flowpod.app.embedded.projection;

import io.flowpod.domain.operations.BusinessObject;
import io.flowpod.domain.operations.BusinessObjects;
import io.flowpod.domain.operations.ElementStep;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceDetail;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the projection keeps of one process instance: every collection is capped, so an instance that
 * loops for ever (a reminder every day for a year) still costs a few kilobytes. Not thread-safe: the
 * projection guards it.
 */
final class TrackedInstance {

  static final int MAX_STEPS = 64;
  static final int MAX_PATH = 256;
  static final int MAX_VARIABLES = 64;
  static final int MAX_VALUE_CHARS = 2_000;

  /** A waiting element: its instance key, id, type and since when. */
  record ActiveElement(long key, String elementId, String elementType, Instant since) {}

  final long key;
  final String processId;
  final int version;
  final long definitionKey;
  final Instant startedAt;
  Instant endedAt;
  Instant lastProgressAt;
  InstanceState endState;
  UUID tenantId;
  BusinessObject businessObject;
  final Map<String, String> variables = new LinkedHashMap<>();
  final Map<Long, ActiveElement> active = new LinkedHashMap<>();
  final Set<String> completed = new LinkedHashSet<>();
  final Set<String> takenFlows = new LinkedHashSet<>();
  final Deque<ElementStep> steps = new ArrayDeque<>();
  final Map<Long, IncidentView> incidents = new LinkedHashMap<>();

  TrackedInstance(long key, String processId, int version, long definitionKey, Instant startedAt) {
    this.key = key;
    this.processId = processId;
    this.version = version;
    this.definitionKey = definitionKey;
    this.startedAt = startedAt;
    this.lastProgressAt = startedAt;
  }

  boolean running() {
    return endState == null;
  }

  InstanceState state() {
    if (endState != null) {
      return endState;
    }
    return incidents.isEmpty() ? InstanceState.ACTIVE : InstanceState.INCIDENT;
  }

  void step(String elementId, String elementType, String event, Instant at) {
    if (steps.size() == MAX_STEPS) {
      steps.removeFirst();
    }
    steps.addLast(new ElementStep(elementId, elementType, event, at));
    lastProgressAt = at;
  }

  void completed(String elementId) {
    if (completed.size() < MAX_PATH) {
      completed.add(elementId);
    }
  }

  void flowTaken(String flowId) {
    if (takenFlows.size() < MAX_PATH) {
      takenFlows.add(flowId);
    }
  }

  void variable(String name, String json) {
    if (!variables.containsKey(name) && variables.size() >= MAX_VARIABLES) {
      return;
    }
    variables.put(name, json.length() <= MAX_VALUE_CHARS ? json
        : "\"(" + json.length() + " characters, not kept)\"");
    if ("tenantId".equals(name)) {
      tenantId = parseUuid(BusinessObjects.unquote(json));
    }
    if (BusinessObjects.isNaming(name)) {
      Map<String, String> plain = new LinkedHashMap<>();
      variables.forEach((n, v) -> plain.put(n, BusinessObjects.unquote(v)));
      businessObject = BusinessObjects.from(plain).orElse(null);
    }
  }

  /** Drops what an ended instance no longer needs. */
  void end(InstanceState state, Instant at) {
    endState = state;
    endedAt = at;
    lastProgressAt = at;
    active.clear();
    incidents.clear();
  }

  InstanceSummary summary() {
    List<String> activeIds = active.values().stream().map(ActiveElement::elementId).distinct().toList();
    return new InstanceSummary(key, processId, version, definitionKey, state(), businessObject,
        startedAt, endedAt, lastProgressAt, activeIds, incidents.size());
  }

  InstanceDetail detail() {
    return new InstanceDetail(summary(), List.copyOf(completed), List.copyOf(takenFlows),
        new ArrayList<>(steps), Collections.unmodifiableMap(new LinkedHashMap<>(variables)),
        incidents.values().stream().map(this::named).toList());
  }

  /** The incident with this instance's business object (known only once its variables are). */
  IncidentView named(IncidentView incident) {
    return new IncidentView(incident.key(), incident.processInstanceKey(), incident.processId(),
        incident.elementId(), incident.errorType(), incident.errorMessage(), incident.jobKey(),
        incident.createdAt(), businessObject);
  }

  private static UUID parseUuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
