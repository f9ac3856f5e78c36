package io.flowpod.domain.messaging;

/**
 * Sends mail. Implemented by the connectors module (an Apache Camel route with retries); callers send
 * only after their transaction committed, from a listener of a {@link MailingEvent}.
 */
public interface OutboundMail {

  /** Delivers the message to the mail server, or throws {@link MailDeliveryException} once retries ran out. */
  void send(MailMessage message);
}
