package io.flowpod.domain.registration;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Starts {@value RegistrationProcess#PROCESS_ID} for a new link through its message start event. */
public record RegistrationRequested(UUID tenantId, UUID registrationId, Instant expiresAt)
    implements FlowMessage {

  @Override
  public String messageName() {
    return RegistrationProcess.REQUESTED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return registrationId.toString();
  }

  @Override
  public String messageId() {
    return "registration-requested:" + registrationId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of(
        "tenantId", tenantId.toString(),
        "registrationId", registrationId.toString(),
        "remindAt", expiresAt.minus(RegistrationProcess.REMINDER_BEFORE_EXPIRY).toString(),
        "expiresAt", expiresAt.toString());
  }
}
