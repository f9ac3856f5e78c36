package io.flowpod.domain.messaging;

/** A message the channel's rules do not allow now; the message says why and what to do instead. */
public class ChannelRuleException extends RuntimeException {

  public ChannelRuleException(String message) {
    super(message);
  }
}
