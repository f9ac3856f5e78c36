package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessagePurpose;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message in the outbox: what was said (rendered once, in the customer's language), to whom (a
 * customer, or a bare address on the one planned channel), about what ({@code subjectRef}), on which
 * channels in which order, and how it ended.
 */
public record OutboundMessage(UUID id, String template, MessagePurpose purpose, UUID customerId,
    String subjectRef, String locale, List<Channel> channels, String address, Status status,
    Instant sendAt, String subject, String bodyText, OutgoingMessage.ApprovedTemplate whatsApp,
    Channel sentChannel, String failure, Instant createdAt, Instant sentAt) {

  public enum Status { PENDING, SCHEDULED, SENT, FAILED, SUPPRESSED }

  public OutboundMessage {
    channels = List.copyOf(channels);
  }

  /** How staff name the recipient: the customer reference, or "new contact" for a bare address. */
  public String recipientRef() {
    return customerId == null ? "new contact" : io.flowpod.domain.messaging.CustomerRef.of(customerId);
  }
}
