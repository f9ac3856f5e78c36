package io.flowpod.domain.registration;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The form was submitted: the flow stops waiting, welcomes the customer and, when an e-mail address
 * needs confirming (e-mail marketing or an unconfirmed storefront address), runs the double opt-in.
 */
public record RegistrationCompleted(UUID registrationId, UUID customerId,
    boolean emailConfirmationNeeded) implements FlowMessage {

  @Override
  public String messageName() {
    return RegistrationProcess.COMPLETED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return registrationId.toString();
  }

  @Override
  public String messageId() {
    return "registration-completed:" + registrationId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of("customerId", customerId.toString(),
        "emailConfirmationNeeded", emailConfirmationNeeded);
  }

  /** The form may be submitted while the flow still sends the link. */
  @Override
  public Duration timeToLive() {
    return MID_FLOW_TIME_TO_LIVE;
  }
}
