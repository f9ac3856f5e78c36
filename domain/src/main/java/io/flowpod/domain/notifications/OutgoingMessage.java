package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One rendered message for one address on one channel. {@code html} is used by e-mail only;
 * {@code subject} by e-mail (chat channels get {@code text}). WhatsApp sends {@code text} free-form
 * when {@code freeFormAllowed} (inside the 24-hour customer-service window) and otherwise, or when the
 * provider says the window is closed, the approved {@code template}.
 */
public record OutgoingMessage(UUID tenantId, UUID messageId, Channel channel, String address,
    String subject, String text, String html, boolean freeFormAllowed, ApprovedTemplate template) {

  public OutgoingMessage {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(channel, "channel");
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("address must not be blank");
    }
    Objects.requireNonNull(text, "text");
  }

  /** A provider-approved template (WhatsApp) with its language and body parameters, in order. */
  public record ApprovedTemplate(String name, String language, List<String> parameters) {
    public ApprovedTemplate {
      parameters = List.copyOf(parameters);
    }
  }
}
