package io.flowpod.domain.diagnostics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The names that tie flow checks to platform-flow-check.bpmn. */
public final class FlowCheckProcess {

  public static final String PROCESS_ID = "platform-flow-check";
  public static final String REQUESTED_MESSAGE = "platform.flow-check-requested";
  public static final String COMPLETE_JOB = "platform.complete-flow-check";
  static final String WAIT_ELEMENT = "Timer_WaitUntilDue";

  private FlowCheckProcess() {}

  static Map<String, Object> variables(UUID tenantId, UUID flowCheckId, Instant dueAt) {
    return Map.of(
        "tenantId", tenantId.toString(),
        "flowCheckId", flowCheckId.toString(),
        "dueAt", dueAt.toString());
  }
}
