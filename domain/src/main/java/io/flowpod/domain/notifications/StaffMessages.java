package io.flowpod.domain.notifications;

import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelRuleException;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.messaging.DirectMessages;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link DirectMessages}: staff's free text to one customer on one channel, sent now, recorded in the
 * outbox, within the channel's rules. No fallback to another channel: staff chose this one.
 */
@Service
class StaffMessages implements DirectMessages {

  static final String TEMPLATE = "direct.staff";

  private final CustomerContacts contacts;
  private final ChannelPlanner planner;
  private final Dispatcher dispatcher;
  private final OutboundStore store;
  private final TransactionTemplate transactions;
  private final Clock clock;

  StaffMessages(CustomerContacts contacts, ChannelPlanner planner, Dispatcher dispatcher,
      OutboundStore store, PlatformTransactionManager transactionManager, Clock clock) {
    this.contacts = contacts;
    this.planner = planner;
    this.dispatcher = dispatcher;
    this.store = store;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Override
  public UUID sendToCustomer(UUID customerId, Channel channel, String text, String subjectRef) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    ContactCard card = transactions.execute(tx -> contacts.find(customerId)).orElseThrow(() ->
        new ChannelRuleException("No customer " + CustomerRef.of(customerId) + " in this workspace"));
    if (!card.reachable()) {
      throw new ChannelRuleException(CustomerRef.of(customerId) + " is " + card.status()
          + " and cannot be written to");
    }
    if (!transactions.execute(tx -> planner.enabled(channel))) {
      throw new ChannelRuleException("The " + channel + " channel is not switched on for this "
          + "workspace; set it up under Settings > Channels");
    }
    String address = ChannelPlanner.address(card, channel).orElseThrow(() ->
        new ChannelRuleException(CustomerRef.of(customerId) + " has no " + channel + " address"));
    if (!dispatcher.freeFormAllowed(channel, address)) {
      throw new ChannelRuleException("WhatsApp allows free text only within 24 hours of the "
          + "customer's last message; answer on another channel or wait until they write again");
    }
    OutboundMessage message = new OutboundMessage(UUID.randomUUID(), TEMPLATE,
        MessagePurpose.SERVICE, customerId, subjectRef == null ? "Direct message" : subjectRef,
        card.locale() == null ? "en" : card.locale(), List.of(channel), null, Status.PENDING, null,
        "Message from your shop", text, null, null, null, Instant.now(clock), null);
    OutboundMessage stored = transactions.execute(tx ->
        store.claim("direct:" + message.id(), message));
    Dispatcher.Outcome outcome = dispatcher.dispatch(stored);
    if (!outcome.sent()) {
      throw new IllegalStateException("The message to " + CustomerRef.of(customerId)
          + " was not accepted: " + outcome.summary());
    }
    return stored.id();
  }
}
