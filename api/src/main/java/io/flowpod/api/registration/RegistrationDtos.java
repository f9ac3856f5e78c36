package io.flowpod.api.registration;

import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.ConsentRecord;
import io.flowpod.domain.consent.ConsentState;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.registration.ConsentChanges;
import io.flowpod.domain.registration.Registration;
import io.flowpod.domain.registration.RegistrationForm;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

final class RegistrationDtos {

  private RegistrationDtos() {}

  /** The form: the link's token, the minimum data and the consents. */
  record SubmitRegistration(String token, String name, String email, String phone,
      String language, ConsentChoices consents) {

    RegistrationForm form() {
      ConsentChoices choices = consents == null ? new ConsentChoices(null, null, null) : consents;
      return new RegistrationForm(name, email, phone, language,
          Boolean.TRUE.equals(choices.orderProcessing()), choices.marketing(),
          Boolean.TRUE.equals(choices.aiAssistant()));
    }
  }

  /** orderProcessing must be true; marketing names channels (WHATSAPP, TELEGRAM, EMAIL, SMS). */
  record ConsentChoices(Boolean orderProcessing, Set<Channel> marketing, Boolean aiAssistant) {}

  record RegistrationResponse(UUID registrationId, UUID customerId, String status,
      boolean emailConfirmationSent) {

    static RegistrationResponse of(Registration registration) {
      return new RegistrationResponse(registration.id(), registration.customerId(),
          registration.status(), registration.confirmationNeeded());
    }
  }

  record LinkRequest(String email, String language) {}

  record LinkRequestAccepted(String message) {
    static final LinkRequestAccepted INSTANCE = new LinkRequestAccepted(
        "If the address can receive mail, a registration link is on its way.");
  }

  record ConsentResponse(UUID id, ConsentPurpose purpose, Channel channel, ConsentState state,
      String policyVersion, String textShown, String source, String ipAddress, String proof,
      Instant occurredAt) {

    static ConsentResponse of(ConsentRecord r) {
      return new ConsentResponse(r.id(), r.purpose(), r.channel(), r.state(), r.policyVersion(),
          r.textShown(), r.source(), r.ipAddress(), r.proof(), r.occurredAt());
    }
  }

  record ConsentLedger(List<ConsentResponse> current, List<ConsentResponse> history) {}

  /** A consent staff heard in person or on the phone: state GRANTED, WITHDRAWN or DECLINED. */
  record StaffConsent(ConsentPurpose purpose, Channel channel, ConsentState state,
      ConsentChanges.Means means) {}
}
