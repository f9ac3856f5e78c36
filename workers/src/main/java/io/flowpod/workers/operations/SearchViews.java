package io.flowpod.workers.operations;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.flowpod.domain.operations.BusinessObject;
import io.flowpod.domain.operations.ElementStep;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps the search API's answers to the ops console's views. */
final class SearchViews {

  private SearchViews() {}

  static InstanceState state(ProcessInstance instance) {
    ProcessInstanceState state = instance.getState();
    if (state == ProcessInstanceState.COMPLETED) {
      return InstanceState.COMPLETED;
    }
    if (state == ProcessInstanceState.TERMINATED) {
      return InstanceState.CANCELED;
    }
    return Boolean.TRUE.equals(instance.getHasIncident()) ? InstanceState.INCIDENT : InstanceState.ACTIVE;
  }

  /** The search filter's state for an operator's state; INCIDENT and ACTIVE also filter on incidents. */
  static ProcessInstanceState engineState(InstanceState state) {
    return switch (state) {
      case ACTIVE, INCIDENT -> ProcessInstanceState.ACTIVE;
      case COMPLETED -> ProcessInstanceState.COMPLETED;
      case CANCELED -> ProcessInstanceState.TERMINATED;
    };
  }

  /**
   * @param active the instance's active element instances (empty once ended); the process element
   *     itself is not a place the instance waits in, but its incident counts
   */
  static InstanceSummary summary(ProcessInstance instance, BusinessObject businessObject,
      List<ElementInstance> active) {
    InstanceState state = state(instance);
    Instant started = instant(instance.getStartDate());
    Instant ended = instant(instance.getEndDate());
    // The search API has no "last written" time: the latest element start (or the end) stands in.
    Instant lastProgress = ended != null ? ended : Stream.concat(Stream.of(started),
            active.stream().map(e -> instant(e.getStartDate())))
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    List<String> activeElementIds = state.running()
        ? active.stream().filter(e -> e.getType() != ElementInstanceType.PROCESS)
            .map(ElementInstance::getElementId).toList()
        : List.of();
    int openIncidents = (int) active.stream().filter(e -> Boolean.TRUE.equals(e.getIncident())).count();
    if (state == InstanceState.INCIDENT && openIncidents == 0) {
      openIncidents = 1; // the instance says it has one; its element page did not show it
    }
    return new InstanceSummary(instance.getProcessInstanceKey(), instance.getProcessDefinitionId(),
        instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
        instance.getProcessDefinitionKey() == null ? 0 : instance.getProcessDefinitionKey(), state,
        businessObject, started, ended, lastProgress, activeElementIds, openIncidents);
  }

  static IncidentView incident(Incident incident, BusinessObject businessObject) {
    return new IncidentView(incident.getIncidentKey(), incident.getProcessInstanceKey(),
        incident.getProcessDefinitionId(), incident.getElementId(),
        incident.getErrorType() == null ? null : incident.getErrorType().name(),
        incident.getErrorMessage(), incident.getJobKey(), instant(incident.getCreationTime()),
        businessObject);
  }

  /** Activation and end of each element instance, oldest first; sequence flows carry no time here. */
  static List<ElementStep> timeline(List<ElementInstance> elements, int max) {
    List<ElementStep> steps = new ArrayList<>();
    // Parents start before their children at the same instant; keys grow in that order.
    List<ElementInstance> byStart = elements.stream()
        .filter(e -> e.getStartDate() != null)
        .sorted(Comparator.comparing(ElementInstance::getStartDate)
            .thenComparing(ElementInstance::getElementInstanceKey))
        .toList();
    for (ElementInstance element : byStart) {
      String type = element.getType() == null ? null : element.getType().name();
      steps.add(new ElementStep(element.getElementId(), type, "ACTIVATED", instant(element.getStartDate())));
      if (element.getEndDate() != null) {
        String event = element.getState() == ElementInstanceState.TERMINATED ? "TERMINATED" : "COMPLETED";
        steps.add(new ElementStep(element.getElementId(), type, event, instant(element.getEndDate())));
      }
    }
    steps.sort(Comparator.comparing(ElementStep::at));
    return steps.size() <= max ? steps : List.copyOf(steps.subList(steps.size() - max, steps.size()));
  }

  /** Elements completed, in the order they completed. */
  static List<String> completedElementIds(List<ElementInstance> elements) {
    return elements.stream()
        .filter(e -> e.getState() == ElementInstanceState.COMPLETED && e.getType() != ElementInstanceType.PROCESS)
        .sorted(Comparator.comparing(e -> e.getEndDate() == null ? OffsetDateTime.MAX : e.getEndDate()))
        .map(ElementInstance::getElementId)
        .toList();
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
