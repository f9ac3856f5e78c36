package io.flowpod.domain.registration;

import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration's messages. The link and its reminder go to the address the person came from (their
 * chat, or the e-mail a storefront visitor gave), the confirmation mail to the address to confirm;
 * the welcome goes to the new customer. Params: {@code workspace} and, where there is one,
 * {@code link}.
 */
@Component
class RegistrationMessages implements MessageSource {

  private final Registrations registrations;
  private final RegistrationLinks links;
  private final ChatIdentities chats;
  private final Tenants tenants;

  RegistrationMessages(Registrations registrations, RegistrationLinks links, ChatIdentities chats,
      Tenants tenants) {
    this.registrations = registrations;
    this.links = links;
    this.chats = chats;
    this.tenants = tenants;
  }

  @Override
  public Set<String> templates() {
    return Set.of(RegistrationProcess.LINK_TEMPLATE, RegistrationProcess.REMINDER_TEMPLATE,
        RegistrationProcess.WELCOME_TEMPLATE, RegistrationProcess.CONFIRM_EMAIL_TEMPLATE);
  }

  @Override
  @Transactional(readOnly = true)
  public MessageDraft draft(String template, Map<String, String> references) {
    String id = references.get("registrationId");
    if (id == null) {
      throw new IllegalArgumentException("registrationId is required for " + template);
    }
    Registration registration = registrations.find(UUID.fromString(id)).orElseThrow(() ->
        new IllegalArgumentException(Registration.ref(UUID.fromString(id)) + " does not exist"));
    Tenant workspace = tenants.find(TenantContext.require()).orElseThrow();
    String subject = Registration.ref(registration.id());
    return switch (template) {
      case RegistrationProcess.LINK_TEMPLATE, RegistrationProcess.REMINDER_TEMPLATE ->
          new MessageDraft(origin(registration), subject, Map.of("workspace", workspace.name(),
              "link", links.formUrl(workspace.slug(), registration)), MessagePurpose.SERVICE);
      case RegistrationProcess.CONFIRM_EMAIL_TEMPLATE -> new MessageDraft(
          new Recipient.Address(Channel.EMAIL, requireEmail(registration), registration.locale()),
          subject, Map.of("workspace", workspace.name(),
              "link", links.confirmUrl(workspace.slug(), registration)), MessagePurpose.SERVICE);
      case RegistrationProcess.WELCOME_TEMPLATE -> new MessageDraft(
          new Recipient.Customer(requireCustomer(registration)), subject,
          Map.of("workspace", workspace.name()), MessagePurpose.SERVICE);
      default -> throw new IllegalArgumentException("Unknown template " + template);
    };
  }

  private Recipient origin(Registration registration) {
    if (registration.chatIdentityId() == null) {
      return new Recipient.Address(Channel.EMAIL, requireEmail(registration), registration.locale());
    }
    ChatIdentity chat = chats.find(registration.chatIdentityId()).orElseThrow(() ->
        new IllegalArgumentException(Registration.ref(registration.id()) + ": chat sender is gone"));
    return new Recipient.Address(chat.channel(), chat.address(), registration.locale());
  }

  private static String requireEmail(Registration registration) {
    if (registration.email() == null) {
      throw new IllegalArgumentException(Registration.ref(registration.id()) + " has no e-mail address");
    }
    return registration.email();
  }

  private static UUID requireCustomer(Registration registration) {
    if (registration.customerId() == null) {
      throw new IllegalArgumentException(Registration.ref(registration.id()) + " has no customer yet");
    }
    return registration.customerId();
  }
}
