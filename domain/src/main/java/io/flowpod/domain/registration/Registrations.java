package io.flowpod.domain.registration;

import io.flowpod.domain.consent.ConsentEntry;
import io.flowpod.domain.consent.ConsentPurpose;
import io.flowpod.domain.consent.ConsentRecord;
import io.flowpod.domain.consent.ConsentState;
import io.flowpod.domain.consent.Consents;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.registration.RegistrationException.Reason;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration links, the form behind them and the double opt-in, for the current workspace. Each
 * step is one transaction; the flow hears about it through a flow message in the same transaction.
 */
@Service
public class Registrations {

  private static final Logger log = LoggerFactory.getLogger(Registrations.class);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");
  static final String FORM_PROOF = "registration form submitted";
  static final String CONFIRMED_PROOF = "confirmation link clicked";
  static final String EXPIRED_PROOF = "confirmation link not clicked within 7 days";

  private final RegistrationStore store;
  private final RegisteredCustomers customers;
  private final ChatIdentities chats;
  private final Consents consents;
  private final ConsentTexts texts;
  private final RegistrationLinks links;
  private final Tenants tenants;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate savepoint;
  private final Clock clock;

  Registrations(RegistrationStore store, RegisteredCustomers customers, ChatIdentities chats,
      Consents consents, ConsentTexts texts, RegistrationLinks links, Tenants tenants,
      ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
    this.store = store;
    this.customers = customers;
    this.chats = chats;
    this.consents = consents;
    this.texts = texts;
    this.links = links;
    this.tenants = tenants;
    this.events = events;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.clock = clock;
  }

  /**
   * A storefront visitor asks for a link by e-mail.
   *
   * @throws RegistrationException INVALID for a malformed address, TOO_MANY over the daily limit
   */
  @Transactional
  public Registration requestByEmail(String email, String language) {
    String address = email == null ? "" : email.strip();
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      throw new RegistrationException(Reason.INVALID, "Invalid e-mail address",
          Map.of("email", "must be an e-mail address"));
    }
    String locale = language == null || language.isBlank() ? workspace().locale() : language;
    return create("STOREFRONT", "EMAIL:" + sha256(address.toLowerCase(Locale.ROOT)), null, address,
        ConsentTexts.language(locale))
        .orElseThrow(() -> RegistrationException.of(Reason.TOO_MANY,
            "Too many registration links for this address today."));
  }

  /**
   * An unknown chat sender gets a link, unless they are registered or blocked, already hold an open
   * link, or reached the daily limit (then nothing is sent and the refusal is logged).
   */
  @Transactional
  public Optional<Registration> offerToChat(UUID chatIdentityId) {
    ChatIdentity chat = chats.find(chatIdentityId).orElse(null);
    if (chat == null || chat.registered() || chat.blocked()) {
      return Optional.empty();
    }
    String addressKey = chat.channel() + ":" + chat.id();
    // two messages of a new sender arrive together: the second waits and then sees the first's link
    store.lockAddress(addressKey);
    Optional<Registration> open = store.openForChat(chatIdentityId, Instant.now(clock));
    if (open.isPresent()) {
      log.debug("{} still open for chat sender {}", Registration.ref(open.get().id()), chatIdentityId);
      return Optional.empty();
    }
    Optional<Registration> created = create(chat.channel().name(), addressKey, chat.id(), null, ConsentTexts.language(chat.locale() == null ? workspace().locale() : chat.locale()));
    if (created.isEmpty()) {
      log.warn("Registration link refused for chat sender {}: {} links in 24 h already",
          chatIdentityId, RegistrationProcess.MAX_LINKS_PER_DAY);
    }
    return created;
  }

  private Optional<Registration> create(String source, String addressKey, UUID chatIdentityId,
      String email, String locale) {
    Instant now = Instant.now(clock);
    store.lockAddress(addressKey);
    if (store.countSince(addressKey, now.minus(RegistrationProcess.LINK_VALIDITY))
        >= RegistrationProcess.MAX_LINKS_PER_DAY) {
      return Optional.empty();
    }
    Registration registration = store.insert(source, addressKey, chatIdentityId, email, locale, now,
        now.plus(RegistrationProcess.LINK_VALIDITY));
    events.publishEvent(new RegistrationRequested(TenantContext.require(), registration.id(),
        registration.expiresAt()));
    log.info("{} created ({})", Registration.ref(registration.id()), source);
    return Optional.of(registration);
  }

  /** The form behind a link: LINK_INVALID, LINK_GONE (used or expired) otherwise. */
  @Transactional(readOnly = true)
  public RegistrationPage page(String token) {
    Registration registration = usable(token);
    return page(registration, registration.locale());
  }

  /** The registration a confirmation link names (for the page's language), without confirming. */
  @Transactional(readOnly = true)
  public Registration confirmationTarget(String token) {
    UUID id = links.verify(RegistrationLinks.CONFIRM_PURPOSE, token, Instant.now(clock));
    return store.find(id).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
  }

  /** The form's texts in a language (the page is shown, and recorded, in that language). */
  RegistrationPage page(Registration registration, String language) {
    String lang = ConsentTexts.language(language);
    String workspace = workspace().name();
    Map<Channel, String> marketing = new EnumMap<>(Channel.class);
    for (Channel channel : offeredChannels(registration)) {
      marketing.put(channel, texts.text(ConsentPurpose.MARKETING, channel, lang, workspace));
    }
    return new RegistrationPage(workspace, lang, registration.email(),
        registration.fromStorefront(),
        texts.text(ConsentPurpose.ORDER_PROCESSING, null, lang, workspace), marketing,
        texts.text(ConsentPurpose.AI_ASSISTANT, null, lang, workspace), ConsentTexts.POLICY_VERSION);
  }

  /**
   * Submits the form: creates (or, for a storefront address the link proved, takes over) the
   * customer, links the chat identity and records every consent shown, granted or declined.
   *
   * @param ipAddress the submitter's address, recorded with each consent
   * @param via how the form came in, e.g. "web page" or "API", recorded as part of the proof
   */
  @Transactional
  public Registration complete(String token, RegistrationForm form, String ipAddress, String via) {
    UUID id = links.verify(RegistrationLinks.FORM_PURPOSE, token, Instant.now(clock));
    Registration registration = store.lock(id).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
    Instant now = Instant.now(clock);
    if (!registration.usable(now)) {
      throw RegistrationException.of(Reason.LINK_GONE, "The link was already used or has expired.");
    }
    Map<String, String> problems = problems(registration, form);
    String email = blankToNull(form.email());
    UUID existing = email == null ? null : customers.byEmail(email).orElse(null);
    boolean provenEmail = email != null && registration.fromStorefront()
        && email.equalsIgnoreCase(registration.email());
    if (existing != null && !provenEmail) {
      problems.putIfAbsent("email", "is already registered; use the address the link was sent to");
    }
    if (!problems.isEmpty()) {
      log.info("{} form refused: fields {}", Registration.ref(id), problems.keySet());
      throw new RegistrationException(Reason.INVALID, "The form has invalid fields", problems);
    }
    ChatIdentity chat = registration.chatIdentityId() == null ? null
        : chats.find(registration.chatIdentityId()).orElse(null);
    if (chat != null && chat.registered()) {
      throw RegistrationException.of(Reason.LINK_GONE, "This chat is already registered.");
    }
    String language = ConsentTexts.language(form.language());
    String name = form.name().strip();
    String phone = blankToNull(form.phone());
    UUID customerId;
    if (existing != null) {
      customers.registerExisting(existing, name, phone, language, now);
      customerId = existing;
    } else {
      boolean pending = registration.fromStorefront() && !provenEmail;
      customerId = customers.create(name, email, phone, language, pending ? "PENDING" : "ACTIVE",
          provenEmail, now);
    }
    if (chat != null) {
      chats.link(chat.id(), customerId);
    }
    boolean marketingByEmail = form.marketing().contains(Channel.EMAIL);
    boolean confirmationNeeded = marketingByEmail || (registration.fromStorefront() && !provenEmail);
    recordConsents(registration, customerId, form, ipAddress, via);
    store.completed(id, customerId, email, confirmationNeeded, now);
    events.publishEvent(new RegistrationCompleted(id, customerId, confirmationNeeded));
    log.info("{} completed as customer {}", Registration.ref(id), CustomerRef.of(customerId));
    return store.find(id).orElseThrow();
  }

  private void recordConsents(Registration registration, UUID customerId, RegistrationForm form,
      String ipAddress, String via) {
    RegistrationPage page = page(registration, registration.locale());
    String source = registration.source();
    String proof = FORM_PROOF + " (" + via + ")";
    consents.record(new ConsentEntry(customerId, ConsentPurpose.ORDER_PROCESSING, null,
        ConsentState.GRANTED, page.policyVersion(), page.orderProcessingText(), source, ipAddress,
        proof));
    page.marketingTexts().forEach((channel, text) -> {
      ConsentState state = !form.marketing().contains(channel) ? ConsentState.DECLINED
          : channel == Channel.EMAIL ? ConsentState.PENDING_CONFIRMATION : ConsentState.GRANTED;
      consents.record(new ConsentEntry(customerId, ConsentPurpose.MARKETING, channel, state,
          page.policyVersion(), text, source, ipAddress, proof));
    });
    consents.record(new ConsentEntry(customerId, ConsentPurpose.AI_ASSISTANT, null,
        form.aiAssistant() ? ConsentState.GRANTED : ConsentState.DECLINED, page.policyVersion(),
        page.aiAssistantText(), source, ipAddress, proof));
  }

  /**
   * The confirmation link of the double opt-in was followed: the pending e-mail marketing consent
   * becomes a grant with its proof, and the address counts as confirmed. Idempotent.
   */
  @Transactional
  public Registration confirmEmail(String token, String ipAddress) {
    UUID id = links.verify(RegistrationLinks.CONFIRM_PURPOSE, token, Instant.now(clock));
    Registration registration = store.lock(id).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
    if (registration.emailConfirmedAt() != null) {
      return registration;
    }
    if (registration.emailDiscardedAt() != null || registration.customerId() == null
        || !registration.confirmationNeeded()) {
      throw RegistrationException.of(Reason.LINK_GONE, "The link is no longer valid.");
    }
    Instant now = Instant.now(clock);
    UUID customerId = registration.customerId();
    pendingEmailMarketing(customerId).ifPresent(pending -> consents.record(new ConsentEntry(
        customerId, ConsentPurpose.MARKETING, Channel.EMAIL, ConsentState.GRANTED,
        pending.policyVersion(), pending.textShown(), "EMAIL_LINK", ipAddress,
        CONFIRMED_PROOF + " at " + now)));
    customers.emailConfirmed(customerId, now);
    store.emailConfirmed(id, now);
    events.publishEvent(new RegistrationEmailConfirmed(id));
    log.info("{}: e-mail confirmed for customer {}", Registration.ref(id), CustomerRef.of(customerId));
    return store.find(id).orElseThrow();
  }

  /** Marks a link that was never used expired (the flow's last step). Idempotent. */
  @Transactional
  public void expire(UUID registrationId) {
    Registration registration = store.find(registrationId).orElseThrow(() ->
        RegistrationException.of(Reason.NOT_FOUND, "No such registration"));
    if (store.expire(registration.id())) {
      log.info("{} expired unused", Registration.ref(registrationId));
    }
  }

  /**
   * Seven days without confirmation: the pending e-mail marketing consent is recorded DECLINED and
   * the unconfirmed address deleted; a storefront sign-up that never confirmed its address is
   * deleted entirely (unless an order already refers to it). Idempotent.
   */
  @Transactional
  public void discardUnconfirmed(UUID registrationId) {
    Registration registration = store.lock(registrationId).orElseThrow(() ->
        RegistrationException.of(Reason.NOT_FOUND, "No such registration"));
    if (registration.emailConfirmedAt() != null || registration.emailDiscardedAt() != null
        || registration.customerId() == null) {
      return;
    }
    Instant now = Instant.now(clock);
    UUID customerId = registration.customerId();
    boolean deleted = registration.fromStorefront()
        && "PENDING".equals(customers.status(customerId)) && deleteEntirely(customerId);
    if (!deleted) {
      pendingEmailMarketing(customerId).ifPresent(pending -> consents.record(new ConsentEntry(
          customerId, ConsentPurpose.MARKETING, Channel.EMAIL, ConsentState.DECLINED,
          pending.policyVersion(), pending.textShown(), "SYSTEM", null, EXPIRED_PROOF)));
      customers.removeUnconfirmedEmail(customerId, now);
    }
    store.emailDiscarded(registrationId, now);
    log.info("{}: unconfirmed e-mail discarded ({})", Registration.ref(registrationId),
        deleted ? "sign-up deleted" : "address removed from " + CustomerRef.of(customerId));
  }

  private boolean deleteEntirely(UUID customerId) {
    try {
      return Boolean.TRUE.equals(savepoint.execute(status -> customers.deleteUnconfirmed(customerId)));
    } catch (DataIntegrityViolationException referenced) {
      // Another capability's rows refer to the customer: remove the address instead.
      return false;
    }
  }

  private Optional<ConsentRecord> pendingEmailMarketing(UUID customerId) {
    return consents.current(customerId).stream()
        .filter(record -> record.purpose() == ConsentPurpose.MARKETING
            && record.channel() == Channel.EMAIL
            && record.state() == ConsentState.PENDING_CONFIRMATION)
        .findFirst();
  }

  /** The registration (for the flow's messages), if it exists in this workspace. */
  @Transactional(readOnly = true)
  public Optional<Registration> find(UUID registrationId) {
    return store.find(registrationId);
  }

  private Registration usable(String token) {
    UUID id = links.verify(RegistrationLinks.FORM_PURPOSE, token, Instant.now(clock));
    Registration registration = store.find(id).orElseThrow(() ->
        RegistrationException.of(Reason.LINK_INVALID, "The link is not valid."));
    if (!registration.usable(Instant.now(clock))) {
      throw RegistrationException.of(Reason.LINK_GONE, "The link was already used or has expired.");
    }
    return registration;
  }

  private static java.util.List<Channel> offeredChannels(Registration registration) {
    return switch (registration.source()) {
      case "WHATSAPP" -> java.util.List.of(Channel.WHATSAPP, Channel.EMAIL, Channel.SMS);
      case "TELEGRAM" -> java.util.List.of(Channel.TELEGRAM, Channel.EMAIL, Channel.SMS);
      default -> java.util.List.of(Channel.EMAIL, Channel.SMS);
    };
  }

  private Map<String, String> problems(Registration registration, RegistrationForm form) {
    Map<String, String> problems = new LinkedHashMap<>();
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty()) {
      problems.put("name", "is required");
    } else if (name.length() > 200) {
      problems.put("name", "must be at most 200 characters");
    }
    String email = blankToNull(form.email());
    if (email == null) {
      if (registration.fromStorefront()) {
        problems.put("email", "is required");
      } else if (form.marketing().contains(Channel.EMAIL)) {
        problems.put("email", "is required for offers by e-mail");
      }
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.put("email", "must be an e-mail address");
    }
    String phone = blankToNull(form.phone());
    if (phone == null && form.marketing().contains(Channel.SMS)) {
      problems.put("phone", "is required for offers by SMS");
    } else if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.put("phone", "must be a phone number");
    }
    if (form.language() == null || !ConsentTexts.LANGUAGES.contains(form.language())) {
      problems.put("language", "must be one of " + String.join(", ", ConsentTexts.LANGUAGES));
    }
    if (!form.orderProcessing()) {
      problems.put("consents.orderProcessing", "must be accepted to register");
    }
    java.util.List<Channel> offered = offeredChannels(registration);
    if (!offered.containsAll(form.marketing())) {
      problems.put("consents.marketing", "may only name " + offered);
    }
    return problems;
  }

  private Tenant workspace() {
    return tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
