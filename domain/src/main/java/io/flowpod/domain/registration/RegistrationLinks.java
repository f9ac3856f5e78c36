package io.flowpod.domain.registration;

import io.flowpod.domain.identity.SignedLinks;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed links of registration: the form ({@code /c/{slug}/register?t=}, valid until the
 * registration expires) and the e-mail confirmation ({@code /c/{slug}/confirm?t=}, valid for the
 * confirmation window). Tokens are derived, not stored; single use is the registration row's.
 */
@Component
public class RegistrationLinks {

  static final String FORM_PURPOSE = "registration";
  static final String CONFIRM_PURPOSE = "registration-email";

  private final SignedLinks links;
  private final String publicUrl;

  RegistrationLinks(SignedLinks links,
      @Value("${flowpod.public-url:http://localhost:8080}") String publicUrl) {
    this.links = links;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
        : publicUrl;
  }

  public String formToken(Registration registration) {
    return links.sign(FORM_PURPOSE, registration.id(), registration.expiresAt());
  }

  public String formUrl(String slug, Registration registration) {
    return publicUrl + "/c/" + slug + "/register?t=" + formToken(registration);
  }

  public String confirmUrl(String slug, Registration registration) {
    return publicUrl + "/c/" + slug + "/confirm?t=" + links.sign(CONFIRM_PURPOSE,
        registration.id(), confirmationDeadline(registration));
  }

  static Instant confirmationDeadline(Registration registration) {
    Instant completed = registration.usedAt() == null ? registration.createdAt() : registration.usedAt();
    return completed.plus(RegistrationProcess.CONFIRMATION_WINDOW);
  }

  /**
   * The registration a token names: empty when the token was never ours; {@link
   * RegistrationException.Reason#LINK_GONE} when it was but has expired.
   */
  UUID verify(String purpose, String token, Instant now) {
    Optional<UUID> valid = links.verify(purpose, token, now);
    if (valid.isPresent()) {
      return valid.get();
    }
    if (links.verify(purpose, token, Instant.EPOCH).isPresent()) {
      throw RegistrationException.of(RegistrationException.Reason.LINK_GONE, "The link has expired.");
    }
    throw RegistrationException.of(RegistrationException.Reason.LINK_INVALID, "The link is not valid.");
  }
}
