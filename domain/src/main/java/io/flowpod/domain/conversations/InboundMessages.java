package io.flowpod.domain.conversations;

import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.customers.UnknownChatSender;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The message flow for one verified inbound chat message, in one transaction as its workspace:
 * <ol>
 *   <li>workspace suspended: nothing stored, a log line; the webhook still answers 200;</li>
 *   <li>the inbox row, keyed by the provider's message id: a replay stops here;</li>
 *   <li>sender blocked (the chat identity, or the customer's status BLOCKED): row kept as IGNORED;</li>
 *   <li>sender unknown (no customer linked, or the customer was erased): {@link UnknownChatSender}
 *       is published for registration, the row is kept as UNKNOWN_SENDER;</li>
 *   <li>otherwise the message joins the customer's one conversation as UNANSWERED.</li>
 * </ol>
 */
@Service
public class InboundMessages {

  private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

  private final Tenants tenants;
  private final TenantTransactions transactions;
  private final ChatIdentities identities;
  private final CustomerContacts contacts;
  private final InboxStore inbox;
  private final ConversationStore conversations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InboundMessages(Tenants tenants, TenantTransactions transactions, ChatIdentities identities,
      CustomerContacts contacts, InboxStore inbox, ConversationStore conversations,
      ApplicationEventPublisher events, Clock clock) {
    this.tenants = tenants;
    this.transactions = transactions;
    this.identities = identities;
    this.contacts = contacts;
    this.inbox = inbox;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  public InboundOutcome receive(UUID tenantId, InboundMessage message) {
    InboundOutcome outcome = transactions.as(tenantId, () -> handle(tenantId, message));
    log.info("Inbound {} message {} for workspace {}: {}", message.channel(),
        message.providerMessageId(), tenantId, outcome);
    return outcome;
  }

  /** Records a delivery status of an outbound message (once per message id and status). */
  public void receiveStatus(UUID tenantId, InboundStatus status) {
    boolean recorded = transactions.as(tenantId, () -> tenants.isActive(tenantId)
        && inbox.recordStatus(status, Instant.now(clock)));
    log.info("Inbound {} status {} of message {} for workspace {}: {}", status.channel(),
        status.status(), status.providerMessageId(), tenantId, recorded ? "recorded" : "not recorded");
  }

  private InboundOutcome handle(UUID tenantId, InboundMessage message) {
    if (!tenants.isActive(tenantId)) {
      return InboundOutcome.WORKSPACE_SUSPENDED;
    }
    ChatIdentity sender = identities.seen(message.channel(), message.address(), message.locale(),
        message.sentAt());
    UUID inboxId = UUID.randomUUID();
    if (!inbox.receive(inboxId, message, sender.id(), Instant.now(clock))) {
      return InboundOutcome.DUPLICATE;
    }
    InboundOutcome outcome = route(tenantId, sender, inboxId, message);
    inbox.recordOutcome(inboxId, outcome);
    return outcome;
  }

  private InboundOutcome route(UUID tenantId, ChatIdentity sender, UUID inboxId,
      InboundMessage message) {
    if (sender.blocked()) {
      return InboundOutcome.IGNORED;
    }
    Optional<ContactCard> customer = sender.registered()
        ? contacts.find(sender.customerId()) : Optional.empty();
    String status = customer.map(ContactCard::status).orElse("ERASED");
    if ("BLOCKED".equals(status)) {
      return InboundOutcome.IGNORED;
    }
    if ("ERASED".equals(status)) {
      events.publishEvent(new UnknownChatSender(tenantId, sender.id(), inboxId));
      return InboundOutcome.UNKNOWN_SENDER;
    }
    UUID conversationId = conversations.touchUnanswered(sender.customerId(), message.sentAt());
    conversations.addIncoming(conversationId, inboxId, message);
    log.debug("Message {} joined the conversation of {}", inboxId, CustomerRef.of(sender.customerId()));
    return InboundOutcome.CONVERSATION;
  }
}
