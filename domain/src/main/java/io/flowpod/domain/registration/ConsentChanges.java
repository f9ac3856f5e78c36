package io.flowpod.domain.registration;

import io.flowpod.domain.consent.ConsentEntry;
import io.flowpod.domain.consent.ConsentLinks;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.ConsentRecord;
import io.flowpod.domain.consent.ConsentState;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.registration.RegistrationException.Reason;
import io.flowpod.domain.tenancy.Tenants;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent changes after registration: the one-click withdrawal behind {@link ConsentLinks} and what
 * staff record for a customer who said yes or no in person or on the phone. Both are ledger entries
 * with the current policy version and the text in the customer's language.
 */
@Service
public class ConsentChanges {

  private static final Logger log = LoggerFactory.getLogger(ConsentChanges.class);

  /** How a customer told staff. */
  public enum Means { IN_PERSON, PHONE }

  private final Consents consents;
  private final ConsentLinks links;
  private final ConsentTexts texts;
  private final CustomerContacts contacts;
  private final Tenants tenants;

  ConsentChanges(Consents consents, ConsentLinks links, ConsentTexts texts,
      CustomerContacts contacts, Tenants tenants) {
    this.consents = consents;
    this.links = links;
    this.texts = texts;
    this.contacts = contacts;
    this.tenants = tenants;
  }

  /** The customer a withdrawal link names and their language, for the page; LINK_INVALID otherwise. */
  @Transactional(readOnly = true)
  public ContactCard withdrawalTarget(String token) {
    UUID customerId = links.customerOf(token).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
    return contacts.find(customerId).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
  }

  /** Withdraws marketing on one channel through the link of a marketing message. Idempotent. */
  @Transactional
  public ConsentRecord withdrawByLink(String token, Channel channel, String ipAddress) {
    ContactCard customer = withdrawalTarget(token);
    return record(customer, ConsentPurpose.MARKETING, channel, ConsentState.WITHDRAWN,
        "WITHDRAWAL_LINK", ipAddress, "withdrawal link clicked");
  }

  /**
   * Staff record a consent given, refused or withdrawn in person or by phone.
   *
   * @throws RegistrationException NOT_FOUND for a customer of another workspace, INVALID otherwise
   */
  @Transactional
  public ConsentRecord recordByStaff(UUID customerId, ConsentPurpose purpose, Channel channel,
      ConsentState state, Means means, UUID staffUserId) {
    ContactCard customer = contacts.find(customerId).orElseThrow(() ->
        RegistrationException.of(Reason.NOT_FOUND, "No such customer"));
    if ((purpose == ConsentPurpose.MARKETING) != (channel != null)) {
      throw new RegistrationException(Reason.INVALID, "Invalid consent", Map.of("channel",
          purpose == ConsentPurpose.MARKETING ? "is required for marketing" : "is only for marketing"));
    }
    if (state == ConsentState.PENDING_CONFIRMATION) {
      throw new RegistrationException(Reason.INVALID, "Invalid consent",
          Map.of("state", "must be GRANTED, WITHDRAWN or DECLINED"));
    }
    return record(customer, purpose, channel, state, "STAFF", null,
        "recorded by staff user " + staffUserId + " (" + means.name().toLowerCase().replace('_', ' ')
            + ")");
  }

  @Transactional(readOnly = true)
  public List<ConsentRecord> history(UUID customerId) {
    requireCustomer(customerId);
    return consents.history(customerId);
  }

  @Transactional(readOnly = true)
  public List<ConsentRecord> current(UUID customerId) {
    requireCustomer(customerId);
    return consents.current(customerId);
  }

  private void requireCustomer(UUID customerId) {
    contacts.find(customerId).orElseThrow(() ->
        RegistrationException.of(Reason.NOT_FOUND, "No such customer"));
  }

  private ConsentRecord record(ContactCard customer, ConsentPurpose purpose, Channel channel,
      ConsentState state, String source, String ipAddress, String proof) {
    String workspace = tenants.find(TenantContext.require()).orElseThrow().name();
    String text = texts.text(purpose, channel, ConsentTexts.language(customer.locale()), workspace);
    ConsentRecord record = consents.record(new ConsentEntry(customer.customerId(), purpose, channel,
        state, ConsentTexts.POLICY_VERSION, text, source, ipAddress, proof));
    log.info("Consent {} {} {} for {} ({})", purpose, channel == null ? "" : channel, state,
        CustomerRef.of(customer.customerId()), source);
    return record;
  }
}
