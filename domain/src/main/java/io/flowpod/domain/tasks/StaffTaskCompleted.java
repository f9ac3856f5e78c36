package io.flowpod.domain.tasks;

import java.util.Map;
import java.util.UUID;

/** A person completed a task: the engine's job must be completed with these variables. */
public record StaffTaskCompleted(UUID tenantId, UUID taskId, long jobKey,
    Map<String, Object> variables) {}
