package io.flowpod.domain.privacy;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * What moves a request's flow: its start, the customer's verified identity, and staff's extension
 * (carrying the recomputed clock). References and dates only.
 */
public record DataRequestMessage(String messageName, String correlationKey, String messageId,
    Map<String, Object> variables, Duration timeToLive) implements FlowMessage {

  public DataRequestMessage {
    variables = Map.copyOf(variables);
  }

  static DataRequestMessage received(UUID tenantId, DataRequest request) {
    return new DataRequestMessage(DataRequestProcess.RECEIVED_MESSAGE, request.id().toString(),
        "data-request-received:" + request.id(), startVariables(tenantId, request), null);
  }

  /** What the flow starts with: references, the kind, the clock's dates, whether already verified. */
  static Map<String, Object> startVariables(UUID tenantId, DataRequest request) {
    return Map.of(
        "tenantId", tenantId.toString(),
        "dataRequestId", request.id().toString(),
        "dataRequestRef", request.reference(),
        "customerId", request.customerId().toString(),
        "kind", request.kind().name(),
        "identityVerified", request.verifiedAt() != null,
        "dueAt", request.dueAt().toString(),
        "escalateAt", request.escalateAt().toString(),
        "verifyBy", request.receivedAt().plus(DataRequestProcess.VERIFY_WITHIN).toString());
  }

  static DataRequestMessage identityVerified(UUID tenantId, UUID requestId) {
    return new DataRequestMessage(DataRequestProcess.IDENTITY_VERIFIED_MESSAGE,
        requestId.toString(), "data-request-verified:" + requestId,
        Map.of("tenantId", tenantId.toString()), MID_FLOW_TIME_TO_LIVE);
  }

  static DataRequestMessage extended(UUID tenantId, DataRequest request) {
    return new DataRequestMessage(DataRequestProcess.EXTENDED_MESSAGE, request.id().toString(),
        "data-request-extended:" + request.id(), Map.of(
            "tenantId", tenantId.toString(),
            "dueAt", request.dueAt().toString(),
            "escalateAt", request.escalateAt().toString()),
        MID_FLOW_TIME_TO_LIVE);
  }
}
