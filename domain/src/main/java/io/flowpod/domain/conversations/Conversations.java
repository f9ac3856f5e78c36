package io.flowpod.domain.conversations;

import io.flowpod.domain.customers.ChatIdentity;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.ChannelRuleException;
import io.flowpod.domain.messaging.CustomerRef;
import io.flowpod.domain.messaging.DirectMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff view of conversations in the current workspace: the list (unanswered first), a thread
 * across channels, replies sent back on the customer's channel, and closing. A reply is checked
 * against the channel's rules, sent through {@link DirectMessages} outside any transaction (it talks
 * to the provider), then recorded in the thread, which becomes ANSWERED.
 */
@Service
public class Conversations {

  /** WhatsApp allows free text only this long after the customer's last message. */
  static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);
  static final int MAX_REPLY_LENGTH = 4096;

  private static final Logger log = LoggerFactory.getLogger(Conversations.class);

  private final ConversationStore store;
  private final CustomerContacts contacts;
  private final DirectMessages directMessages;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Conversations(ConversationStore store, CustomerContacts contacts,
      DirectMessages directMessages, PlatformTransactionManager transactionManager,
      Clock clock) {
    this.store = store;
    this.contacts = contacts;
    this.directMessages = directMessages;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ConversationSummary> list(boolean unansweredOnly, long offset, int limit) {
    return store.list(unansweredOnly, offset, limit);
  }

  @Transactional(readOnly = true)
  public long count(boolean unansweredOnly) {
    return store.count(unansweredOnly);
  }

  /** @throws ConversationException NOT_FOUND, also for another workspace's conversation */
  @Transactional(readOnly = true)
  public ConversationThread thread(UUID id) {
    ConversationSummary conversation = store.find(id)
        .orElseThrow(() -> ConversationException.notFound("conversation"));
    List<ChatIdentity> senders = contacts.find(conversation.customerId())
        .map(ContactCard::chats).orElse(List.of());
    return new ConversationThread(conversation, senders, store.messages(id));
  }

  /** @throws ConversationException NOT_FOUND */
  @Transactional
  public ConversationSummary close(UUID id) {
    if (!store.close(id)) {
      throw ConversationException.notFound("conversation");
    }
    return store.find(id).orElseThrow();
  }

  /**
   * Sends {@code text} to the conversation's customer on {@code channel} (null: the channel they last
   * wrote on) and records it as answered by {@code userId}.
   *
   * @throws ConversationException NOT_FOUND; INVALID_INPUT (text, channel); CHANNEL_RULE when the
   *     channel forbids it now (outside WhatsApp's 24 hours a template is needed); UNAVAILABLE when
   *     no channel sender is installed or the provider did not take it
   */
  public ConversationThread reply(UUID id, Channel channel, String text, UUID userId) {
    if (text == null || text.isBlank()) {
      throw ConversationException.invalid("text", "must not be blank");
    }
    if (text.length() > MAX_REPLY_LENGTH) {
      throw ConversationException.invalid("text", "must be at most " + MAX_REPLY_LENGTH + " characters");
    }
    Reply reply = transactions.execute(status -> prepare(id, channel));
    UUID outboxId;
    try {
      outboxId = directMessages.sendToCustomer(reply.customerId(), reply.channel(), text,
          "Conversation " + CustomerRef.of(reply.customerId()));
    } catch (ChannelRuleException e) {
      throw ConversationException.channelRule(e.getMessage());
    } catch (IllegalStateException e) {
      log.warn("Reply to {} on {} not accepted by the provider: {}", CustomerRef.of(reply.customerId()),
          reply.channel(), e.getMessage());
      throw ConversationException.unavailable(
          "The " + reply.channel() + " provider did not accept the reply; try again later.");
    }
    transactions.executeWithoutResult(status -> store.addReply(id, reply.channel(), text, outboxId,
        userId, Instant.now(clock)));
    log.info("Conversation {} answered on {} by user {} (outbox message {})", id, reply.channel(),
        userId, outboxId);
    return transactions.execute(status -> thread(id));
  }

  private record Reply(UUID customerId, Channel channel) {}

  private Reply prepare(UUID id, Channel requested) {
    ConversationSummary conversation = store.find(id)
        .orElseThrow(() -> ConversationException.notFound("conversation"));
    Channel channel = requested != null ? requested : store.lastIncomingChannel(id)
        .orElseThrow(() -> ConversationException.invalid("channel", "must be given: the customer has not written yet"));
    if (channel.isChat()) {
      ChatIdentity chat = contacts.find(conversation.customerId())
          .flatMap(card -> card.chat(channel))
          .orElseThrow(() -> ConversationException.channelRule(
              "The customer has no " + channel + " chat; reply on another channel."));
      Instant last = chat.lastInboundAt();
      if (channel == Channel.WHATSAPP
          && (last == null || last.plus(WHATSAPP_WINDOW).isBefore(Instant.now(clock)))) {
        throw ConversationException.channelRule("The customer last wrote on WhatsApp more than 24 hours "
            + "ago: WhatsApp allows only an approved template message now, not free text.");
      }
    }
    return new Reply(conversation.customerId(), channel);
  }
}
