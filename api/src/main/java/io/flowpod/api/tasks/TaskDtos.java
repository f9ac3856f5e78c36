package io.flowpod.api.tasks;

import io.flowpod.domain.tasks.StaffTask;
import io.flowpod.domain.tasks.StaffTaskForm.FormField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the staff task inbox. */
final class TaskDtos {

  private TaskDtos() {}

  /** A task as the inbox lists it: what it is about, where the flow waits, who has it. */
  record TaskResponse(UUID id, String title, String formKey, String businessObjectType,
      String businessObjectId, String processId, String elementId, long processInstanceKey,
      String candidateGroup, String status, UUID assigneeUserId, Instant createdAt,
      Instant completedAt, UUID completedBy, Map<String, Object> outcome) {

    static TaskResponse of(StaffTask task) {
      return new TaskResponse(task.id(), task.title(), task.formKey(), task.businessObjectType(),
          task.businessObjectId(), task.processId(), task.elementId(), task.processInstanceKey(),
          task.candidateGroup(), task.status().name(), task.assigneeUserId(), task.createdAt(),
          task.completedAt(), task.completedBy(), task.outcome());
    }
  }

  /** One task with the fields its form asks for. */
  record TaskDetailResponse(TaskResponse task, List<FormField> fields) {}

  /** {userId}: the workspace member who gets the task. */
  record AssignRequest(UUID userId) {}

  /** The values a person entered, by field name. */
  record CompleteRequest(Map<String, Object> variables) {

    Map<String, Object> input() {
      return variables == null ? Map.of() : variables;
    }
  }
}
