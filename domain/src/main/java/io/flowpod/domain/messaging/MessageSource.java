package io.flowpod.domain.messaging;

import java.util.Map;
import java.util.Set;

/**
 * A capability's messages: each capability that talks to customers registers one bean naming its
 * templates (e.g. {@code order.confirmed}) and turns the flow's reference variables ({@code orderId},
 * {@code registrationId}, ...) into a {@link MessageDraft} at send time. Texts live in
 * {@code messages/<template>.<lang>.properties} on the classpath (en, it, es, ar at least).
 */
public interface MessageSource {

  Set<String> templates();

  /**
   * The draft for {@code template} from the flow's reference variables (ids only, as strings).
   *
   * @throws IllegalArgumentException when a reference the template needs is missing or unknown
   */
  MessageDraft draft(String template, Map<String, String> references);
}
