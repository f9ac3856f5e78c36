package io.flowpod.api.operations;

import io.flowpod.domain.operations.ElementStep;
import io.flowpod.domain.operations.IncidentFilter;
import io.flowpod.domain.operations.IncidentView;
import io.flowpod.domain.operations.InstanceFilter;
import io.flowpod.domain.operations.InstanceState;
import io.flowpod.domain.operations.InstanceSummary;
import io.flowpod.domain.operations.OperationException;
import io.flowpod.domain.operations.ProcessOperations.BatchOutcome;
import io.flowpod.domain.operations.ProcessOperations.InstanceView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Request and response bodies of the ops console's API. */
final class OperationDtos {

  static final int DEFAULT_LIMIT = 50;

  private OperationDtos() {}

  /** A list answer; lists here are bounded by {@code limit}, not paged. */
  record Items<T>(List<T> items) {}

  /** One instance: what the list shows, its path, timeline, variables, incidents and diagram. */
  record InstanceResponse(InstanceSummary summary, List<String> completedElementIds,
      List<String> takenFlowIds, List<ElementStep> timeline, Map<String, String> variables,
      List<IncidentView> incidents, String diagramXml, String operateUrl) {

    static InstanceResponse of(InstanceView view) {
      var d = view.detail();
      return new InstanceResponse(d.summary(), d.completedElementIds(), d.takenFlowIds(),
          d.timeline(), d.variables(), d.incidents(), view.diagramXml(), view.operateUrl());
    }
  }

  /** {retries}: how many more attempts the failed job gets (1 by default). */
  record RetryRequest(Integer retries) {
    int count() {
      return retries == null ? 1 : retries;
    }
  }

  /** {variables: {name: JSON value}}. */
  record VariablesRequest(Map<String, Object> variables) {}

  /** {from, to}: element ids. */
  record MoveRequest(String from, String to) {}

  /** Which instances a batch acts on; also {retries} for batch retry. */
  record BatchRequest(String processId, String state, String businessObjectType,
      String businessObjectId, Integer limit, Integer retries) {

    InstanceFilter instances() {
      return new InstanceFilter(blankToNull(processId), OperationDtos.state(state),
          blankToNull(businessObjectType), blankToNull(businessObjectId), limitOr(limit));
    }

    IncidentFilter incidents() {
      return new IncidentFilter(blankToNull(processId), blankToNull(businessObjectType),
          blankToNull(businessObjectId), limitOr(limit));
    }

    int retryCount() {
      return retries == null ? 1 : retries;
    }
  }

  record BatchResponse(int matched, List<Long> done, Map<Long, String> failed) {
    static BatchResponse of(BatchOutcome outcome) {
      return new BatchResponse(outcome.matched(), outcome.done(), outcome.failed());
    }
  }

  static InstanceState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InstanceState.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw OperationException.invalid(Map.of("state", "must be one of "
          + String.join(", ", Arrays.stream(InstanceState.values()).map(Enum::name).toList())));
    }
  }

  static int limitOr(Integer limit) {
    return limit == null ? DEFAULT_LIMIT : limit;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
