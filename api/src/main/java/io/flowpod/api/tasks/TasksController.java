package io.flowpod.api.tasks;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.api.tasks.TaskDtos.AssignRequest;
import io.flowpod.api.tasks.TaskDtos.CompleteRequest;
import io.flowpod.api.tasks.TaskDtos.TaskDetailResponse;
import io.flowpod.api.tasks.TaskDtos.TaskResponse;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.tasks.StaffTask;
import io.flowpod.domain.tasks.StaffTaskException;
import io.flowpod.domain.tasks.StaffTaskQuery;
import io.flowpod.domain.tasks.StaffTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff task inbox: the BPMN user tasks every flow is waiting on, named by their business object.
 * Another workspace's task answers 404.
 */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Staff tasks")
class TasksController {

  private final StaffTasks tasks;
  private final Users users;

  TasksController(StaffTasks tasks, Users users) {
    this.tasks = tasks;
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "List staff tasks, oldest first",
      description = "Roles: any signed-in role. Filters: status (OPEN by default; COMPLETED, "
          + "CANCELLED, ANY), formKey, candidateGroup, businessObjectType, businessObjectId. Paged.")
  Page<TaskResponse> list(@RequestParam(defaultValue = "OPEN") String status,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String candidateGroup,
      @RequestParam(required = false) String businessObjectType,
      @RequestParam(required = false) String businessObjectId,
      @Sortable(fields = {"createdAt"}, byDefault = "createdAt,asc") PageRequest page) {
    StaffTaskQuery query = new StaffTaskQuery(status(status), formKey, candidateGroup,
        businessObjectType, businessObjectId, page.offset(), page.size());
    List<TaskResponse> items = tasks.list(query).stream().map(TaskResponse::of).toList();
    return Page.of(items, page, tasks.count(query));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One task with its form fields", description = "Roles: any signed-in role.")
  TaskDetailResponse get(@PathVariable UUID id) {
    StaffTask task = tasks.find(id).orElseThrow(StaffTaskException::notFound);
    return new TaskDetailResponse(TaskResponse.of(task),
        tasks.form(task.formKey()).map(form -> form.fields()).orElse(List.of()));
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "Claim a task",
      description = "Roles: any signed-in role. 409 when someone else has claimed it or it is done.")
  TaskResponse claim(@PathVariable UUID id, CurrentUser caller) {
    return TaskResponse.of(tasks.claim(id, caller.userId()));
  }

  @PostMapping("/{id}/assign")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Assign a task to a workspace member",
      description = "Roles: MANAGER and above. {userId}. Reassigns also a task someone else has "
          + "claimed. 400 when the user is not in this workspace; 409 when the task is done. Audited.")
  TaskResponse assign(@PathVariable UUID id, @RequestBody AssignRequest request,
      CurrentUser caller) {
    // Users are read as the current tenant, so another workspace's user is simply not found.
    if (request.userId() == null || users.find(request.userId()).isEmpty()) {
      throw StaffTaskException.invalid(Map.of("userId", "must be a user of this workspace"));
    }
    return TaskResponse.of(tasks.assign(id, request.userId(), caller.userId()));
  }

  @PostMapping("/{id}/complete")
  @Operation(summary = "Complete a task with its form's values",
      description = "Roles: any signed-in role. {variables: {field: value}}. 400 with field errors "
          + "when the input does not fit the form; 409 when the task is done or its business object "
          + "no longer allows the work. The flow continues once the engine has the completion.")
  TaskResponse complete(@PathVariable UUID id, @RequestBody CompleteRequest request,
      CurrentUser caller) {
    return TaskResponse.of(tasks.complete(id, request.input(), caller.userId()));
  }

  private static StaffTask.Status status(String value) {
    if ("ANY".equalsIgnoreCase(value)) {
      return null;
    }
    try {
      return StaffTask.Status.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw StaffTaskException.invalid(Map.of("status",
          "must be one of OPEN, COMPLETED, CANCELLED, ANY"));
    }
  }
}
