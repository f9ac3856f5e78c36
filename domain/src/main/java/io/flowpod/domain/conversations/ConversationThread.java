package io.flowpod.domain.conversations;

import io.flowpod.domain.customers.ChatIdentity;
import java.util.List;

/** A conversation with the customer's chat senders (to block one) and every message across channels. */
public record ConversationThread(ConversationSummary conversation, List<ChatIdentity> senders,
    List<ThreadMessage> messages) {

  public ConversationThread {
    senders = List.copyOf(senders);
    messages = List.copyOf(messages);
  }
}
