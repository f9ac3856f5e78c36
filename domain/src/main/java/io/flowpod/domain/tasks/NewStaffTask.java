package io.flowpod.domain.tasks;

/** What the engine's user-task job says about a task: where it is and what it is about. */
public record NewStaffTask(long jobKey, long processInstanceKey, String processId, String elementId,
    String formKey, String businessObjectId, String candidateGroup) {}
