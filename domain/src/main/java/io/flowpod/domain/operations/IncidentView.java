package io.flowpod.domain.operations;

import java.time.Instant;

/**
 * An open incident.
 *
 * @param errorType the engine's type, e.g. JOB_NO_RETRIES, EXTRACT_VALUE_ERROR
 * @param errorMessage the worker's message, worded for the operator ("Order 1042: …; what to do")
 * @param jobKey the failed job, null for incidents that are not about a job
 */
public record IncidentView(long key, long processInstanceKey, String processId, String elementId,
    String errorType, String errorMessage, Long jobKey, Instant createdAt,
    BusinessObject businessObject) {}
