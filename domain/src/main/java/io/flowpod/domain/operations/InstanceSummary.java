package io.flowpod.domain.operations;

import java.time.Instant;
import java.util.List;

/**
 * One process instance in a list.
 *
 * @param businessObject null when the instance's variables name none
 * @param endedAt null while running
 * @param lastProgressAt when the engine last wrote anything for this instance
 * @param activeElementIds the elements the instance waits in now (empty once ended)
 */
public record InstanceSummary(long key, String processId, int version, long processDefinitionKey,
    InstanceState state, BusinessObject businessObject, Instant startedAt, Instant endedAt,
    Instant lastProgressAt, List<String> activeElementIds, int openIncidents) {}
