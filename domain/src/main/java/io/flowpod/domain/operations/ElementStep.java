package io.flowpod.domain.operations;

import java.time.Instant;

/**
 * One step of an instance's timeline.
 *
 * @param elementType the BPMN element type as the engine names it (SERVICE_TASK, SEQUENCE_FLOW, …)
 * @param event ACTIVATED, COMPLETED, TERMINATED, TAKEN (sequence flows)
 */
public record ElementStep(String elementId, String elementType, String event, Instant at) {}
