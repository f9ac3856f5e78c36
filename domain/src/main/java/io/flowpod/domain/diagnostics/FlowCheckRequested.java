package io.flowpod.domain.diagnostics;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Starts {@value FlowCheckProcess#PROCESS_ID} through its message start event. */
public record FlowCheckRequested(UUID tenantId, UUID flowCheckId, Instant dueAt)
    implements FlowMessage {

  @Override
  public String messageName() {
    return FlowCheckProcess.REQUESTED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return flowCheckId.toString();
  }

  @Override
  public String messageId() {
    return "flow-check-requested:" + flowCheckId;
  }

  @Override
  public Map<String, Object> variables() {
    return FlowCheckProcess.variables(this.tenantId, flowCheckId, dueAt);
  }
}
