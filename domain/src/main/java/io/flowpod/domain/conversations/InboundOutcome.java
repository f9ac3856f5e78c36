package io.flowpod.domain.conversations;

/** What handling one inbound message did. */
public enum InboundOutcome {
  /** Joined the customer's conversation, unanswered. */
  CONVERSATION,
  /** The sender is not a customer: kept, and registration was offered ({@code UnknownChatSender}). */
  UNKNOWN_SENDER,
  /** The sender (or their customer record) is blocked: kept as IGNORED for the operator, nothing else. */
  IGNORED,
  /** The provider id was already received: nothing changed. */
  DUPLICATE,
  /** The workspace is suspended: nothing stored, only a log line. */
  WORKSPACE_SUSPENDED
}
