package io.flowpod.domain.messaging;

import java.util.UUID;

/**
 * Free text sent now to a customer on one given channel, outside any flow: a staff reply in a
 * conversation, a channel's "send a test message". Recorded in the outbox like every message, and
 * subject to the channel's rules (WhatsApp's 24-hour window, Telegram's rate limits).
 */
public interface DirectMessages {

  /**
   * Sends {@code text} to the customer on {@code channel}; returns the outbox message id.
   *
   * @throws ChannelRuleException when the channel's rules forbid it (outside WhatsApp's window, no
   *     identity on that channel, channel not set up), with a message staff can act on
   * @throws IllegalStateException when the provider did not accept it after retries
   */
  UUID sendToCustomer(UUID customerId, Channel channel, String text, String subjectRef);
}
