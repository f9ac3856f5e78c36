package io.flowpod.domain.registration;

import io.flowpod.domain.messaging.Channel;
import java.util.Set;

/**
 * What the person filled in: the minimum data (name; e-mail, optional for chat users; phone only
 * when SMS offers are wanted; language) and the granular consents. {@code orderProcessing} must be
 * true to register; {@code marketing} names the channels offers may come on.
 */
public record RegistrationForm(String name, String email, String phone, String language,
    boolean orderProcessing, Set<Channel> marketing, boolean aiAssistant) {

  public RegistrationForm {
    marketing = marketing == null ? Set.of() : Set.copyOf(marketing);
  }
}
