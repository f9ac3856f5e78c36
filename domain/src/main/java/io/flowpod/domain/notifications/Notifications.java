package io.flowpod.domain.notifications;

import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notify step of every flow. {@link #prepare} finds the capability owning the template, drafts
 * and renders the message in the customer's language, chooses the channels and records it once per
 * template and business object (a replay finds the same message); {@link #deliver} sends it.
 */
@Service
public class Notifications {

  private final List<MessageSource> sources;
  private final CustomerContacts contacts;
  private final ChannelPlanner planner;
  private final MessageTemplates templates;
  private final QuietHours quietHours;
  private final OutboundStore store;
  private final Dispatcher dispatcher;
  private final Tenants tenants;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Notifications(List<MessageSource> sources, CustomerContacts contacts, ChannelPlanner planner,
      MessageTemplates templates, QuietHours quietHours, OutboundStore store, Dispatcher dispatcher,
      Tenants tenants, PlatformTransactionManager transactionManager, Clock clock) {
    this.sources = sources;
    this.contacts = contacts;
    this.planner = planner;
    this.templates = templates;
    this.quietHours = quietHours;
    this.store = store;
    this.dispatcher = dispatcher;
    this.tenants = tenants;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** The recorded message: whether anything is left to send, and when (null: now). */
  public record Prepared(UUID messageId, boolean deliveryNeeded, Instant sendAt) {}

  /**
   * Records {@code template} about the business object the references name, once.
   *
   * @param references the flow's reference variables (ids as strings: orderId, customerId, ...)
   * @throws IllegalArgumentException when no capability owns the template or a reference is missing
   */
  public Prepared prepare(String template, Map<String, String> references) {
    MessageSource source = sources.stream().filter(s -> s.templates().contains(template))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(
            "No capability has a message template named " + template));
    String key = key(template, references);
    OutboundMessage stored = transactions.execute(tx -> {
      MessageDraft draft = source.draft(template, references);
      return store.claim(key, plan(template, draft));
    });
    boolean needed = stored.status() == Status.PENDING || stored.status() == Status.SCHEDULED
        || stored.status() == Status.FAILED;
    Instant sendAt = stored.status() == Status.SCHEDULED && stored.sendAt() != null
        && stored.sendAt().isAfter(Instant.now(clock)) ? stored.sendAt() : null;
    return new Prepared(stored.id(), needed, sendAt);
  }

  /**
   * Sends the prepared message unless it was sent already.
   *
   * @throws DeliveryFailedException naming the customer reference, template and business object when
   *     every channel failed
   */
  public void deliver(UUID messageId) {
    OutboundMessage message = transactions.execute(tx -> store.find(messageId)).orElseThrow(() ->
        new IllegalArgumentException("No outbound message " + messageId + " in this workspace"));
    if (message.status() == Status.SENT || message.status() == Status.SUPPRESSED) {
      return;
    }
    Dispatcher.Outcome outcome = dispatcher.dispatch(message);
    if (!outcome.sent()) {
      throw new DeliveryFailedException(message.recipientRef() + ": the message "
          + message.template() + " about " + message.subjectRef() + " could not be delivered on "
          + outcome.summary() + ". Check the workspace's channel settings (Settings > Channels) and "
          + "the customer's contact details, then retry the job");
    }
  }

  private OutboundMessage plan(String template, MessageDraft draft) {
    Tenant tenant = tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    List<Channel> channels;
    String locale;
    UUID customerId = null;
    String address = null;
    String suppressed = null;
    if (draft.recipient() instanceof Recipient.Customer customer) {
      customerId = customer.customerId();
      ContactCard card = contacts.find(customerId).orElseThrow(() -> new IllegalArgumentException(
          "No customer " + CustomerRef.of(customer.customerId()) + " in this workspace"));
      channels = planner.plan(card, draft.purpose());
      locale = card.locale();
      if (channels.isEmpty()) {
        suppressed = card.reachable() ? "no channel allowed (addresses, channel settings, consents)"
            : "customer is " + card.status();
      }
    } else {
      Recipient.Address bare = (Recipient.Address) draft.recipient();
      address = bare.address();
      locale = bare.locale();
      channels = planner.enabled(bare.channel()) ? List.of(bare.channel()) : List.of();
      if (channels.isEmpty()) {
        suppressed = bare.channel() + " is switched off for this workspace";
      }
    }
    MessageTemplates.Rendered rendered = templates.render(template, draft.params(), locale,
        tenant.locale());
    Instant sendAt = draft.purpose() == MessagePurpose.MARKETING
        ? quietHours.sendAt(ZoneId.of(tenant.timeZone())) : null;
    Status status = suppressed != null ? Status.SUPPRESSED
        : sendAt != null ? Status.SCHEDULED : Status.PENDING;
    return new OutboundMessage(UUID.randomUUID(), template, draft.purpose(), customerId,
        draft.subjectRef(), rendered.language(), channels, address, status, sendAt,
        rendered.subject(), rendered.body(),
        new OutgoingMessage.ApprovedTemplate(rendered.whatsAppTemplate(), rendered.language(),
            rendered.whatsAppParams()),
        null, suppressed, Instant.now(clock), null);
  }

  /** Template plus the business object's references (the workspace is implied by the row). */
  static String key(String template, Map<String, String> references) {
    return template + "|" + new TreeMap<>(references).entrySet().stream()
        .filter(e -> !e.getKey().equals("tenantId") && e.getValue() != null)
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
  }
}
