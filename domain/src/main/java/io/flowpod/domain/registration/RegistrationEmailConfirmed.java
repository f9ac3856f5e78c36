package io.flowpod.domain.registration;

import io.flowpod.domain.platform.flows.FlowMessage;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The confirmation link was followed: the double opt-in ends confirmed. */
public record RegistrationEmailConfirmed(UUID registrationId) implements FlowMessage {

  @Override
  public String messageName() {
    return RegistrationProcess.EMAIL_CONFIRMED_MESSAGE;
  }

  @Override
  public String correlationKey() {
    return registrationId.toString();
  }

  @Override
  public String messageId() {
    return "registration-email-confirmed:" + registrationId;
  }

  @Override
  public Map<String, Object> variables() {
    return Map.of();
  }

  /** The customer may click before the flow has finished sending the confirmation mail. */
  @Override
  public Duration timeToLive() {
    return MID_FLOW_TIME_TO_LIVE;
  }
}
