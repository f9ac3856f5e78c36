package io.flowpod.domain.tasks;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A BPMN user task waiting for (or done by) a person, about one business object. */
public record StaffTask(UUID id, long jobKey, long processInstanceKey, String processId,
    String elementId, String formKey, String businessObjectType, String businessObjectId,
    String title, String candidateGroup, Status status, UUID assigneeUserId, Instant createdAt,
    Instant completedAt, UUID completedBy, Map<String, Object> outcome) {

  public enum Status { OPEN, COMPLETED, CANCELLED }
}
