package io.flowpod.domain.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * One outgoing mail to one recipient. {@code html} is optional; {@code text} is always sent (as the
 * plain alternative when there is HTML). The tenant travels as the {@code X-FlowPod-Tenant} header.
 */
public record MailMessage(UUID tenantId, String to, String subject, String text, String html) {

  public MailMessage {
    Objects.requireNonNull(tenantId, "tenantId");
    requireText(to, "to");
    requireText(subject, "subject");
    if (to.contains("\n") || to.contains("\r") || subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("to and subject must be single lines");
    }
    requireText(text, "text");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
