package io.flowpod.domain.conversations;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff block and unblock chat senders; a blocked sender's messages are kept as IGNORED. Both are
 * audited ({@value #BLOCKED}, {@value #UNBLOCKED}, target {@code chat-sender} and its id).
 */
@Service
public class ChatSenders {

  public static final String BLOCKED = "chat-sender.blocked";
  public static final String UNBLOCKED = "chat-sender.unblocked";

  private static final Logger log = LoggerFactory.getLogger(ChatSenders.class);

  private final ChatIdentities identities;
  private final AuditLog audit;
  private final Clock clock;

  ChatSenders(ChatIdentities identities, AuditLog audit, Clock clock) {
    this.identities = identities;
    this.audit = audit;
    this.clock = clock;
  }

  /** @throws ConversationException NOT_FOUND, also for another workspace's sender */
  @Transactional
  public ChatIdentity block(UUID id, UUID userId) {
    require(id);
    identities.block(id, Instant.now(clock));
    audit.record(BLOCKED, userId, "chat-sender", id);
    log.info("Chat sender {} blocked by user {}", id, userId);
    return require(id);
  }

  /** @throws ConversationException NOT_FOUND */
  @Transactional
  public ChatIdentity unblock(UUID id, UUID userId) {
    require(id);
    identities.unblock(id);
    audit.record(UNBLOCKED, userId, "chat-sender", id);
    log.info("Chat sender {} unblocked by user {}", id, userId);
    return require(id);
  }

  private ChatIdentity require(UUID id) {
    return identities.find(id).orElseThrow(() -> ConversationException.notFound("chat sender"));
  }
}
