package io.flowpod.domain.conversations;

import io.flowpod.domain.customers.ChatIdentities;
import io.flowpod.domain.customers.ChatIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff block and unblock chat senders; a blocked sender's messages are kept as IGNORED. */
@Service
public class ChatSenders {

  private static final Logger log = LoggerFactory.getLogger(ChatSenders.class);

  private final ChatIdentities identities;
  private final Clock clock;

  ChatSenders(ChatIdentities identities, Clock clock) {
    this.identities = identities;
    this.clock = clock;
  }

  /** @throws ConversationException NOT_FOUND, also for another workspace's sender */
  @Transactional
  public ChatIdentity block(UUID id, UUID userId) {
    require(id);
    identities.block(id, Instant.now(clock));
    log.info("Chat sender {} blocked by user {}", id, userId);
    return require(id);
  }

  /** @throws ConversationException NOT_FOUND */
  @Transactional
  public ChatIdentity unblock(UUID id, UUID userId) {
    require(id);
    identities.unblock(id);
    log.info("Chat sender {} unblocked by user {}", id, userId);
    return require(id);
  }

  private ChatIdentity require(UUID id) {
    return identities.find(id).orElseThrow(() -> ConversationException.notFound("chat sender"));
  }
}
