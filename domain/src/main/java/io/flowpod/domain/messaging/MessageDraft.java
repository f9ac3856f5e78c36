package io.flowpod.domain.messaging;

import java.util.Map;
import java.util.Objects;

/**
 * What a capability wants said, before channel choice and rendering: the recipient, the business
 * object it is about as staff would name it ({@code "Order 1042"}, {@code "Registration R-7F3A"}) for
 * logs, the outbox view and incidents, the template parameters, and the purpose.
 *
 * <p>{@code params} are rendered into the template's {@code {name}} placeholders; they may hold
 * personal data (a name, a link) because they are read at send time and never become process
 * variables.
 */
public record MessageDraft(Recipient recipient, String subjectRef, Map<String, String> params,
    MessagePurpose purpose) {

  public MessageDraft {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subjectRef, "subjectRef");
    params = Map.copyOf(params);
    Objects.requireNonNull(purpose, "purpose");
  }
}
