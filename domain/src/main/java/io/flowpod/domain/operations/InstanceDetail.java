package io.flowpod.domain.operations;

import java.util.List;
import java.util.Map;

/**
 * Everything the ops console shows for one instance.
 *
 * @param completedElementIds elements the instance has completed, in order (the path taken)
 * @param takenFlowIds sequence flows taken
 * @param timeline the most recent steps, oldest first (bounded)
 * @param variables the instance's root-scope variables as JSON text; references only by convention
 * @param incidents open incidents
 */
public record InstanceDetail(InstanceSummary summary, List<String> completedElementIds,
    List<String> takenFlowIds, List<ElementStep> timeline, Map<String, String> variables,
    List<IncidentView> incidents) {}
