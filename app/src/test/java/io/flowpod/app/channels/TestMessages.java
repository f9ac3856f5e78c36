package io.flowpod.app.channels;

import io.flowpod.domain.messaging.MessageDraft;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.messaging.MessageSource;
import io.flowpod.domain.messaging.Recipient;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A capability's messages as tests need them: a service notice and a marketing message to the
 * customer named by {@code customerId}, about "Ticket {ticket}". Texts in src/test/resources/messages.
 * A bean in every test context alike (it does not split the shared context).
 */
@Component
class TestMessages implements MessageSource {

  static final String NOTICE = "test.notice";
  static final String PROMO = "test.promo";

  @Override
  public Set<String> templates() {
    return Set.of(NOTICE, PROMO);
  }

  @Override
  public MessageDraft draft(String template, Map<String, String> references) {
    String ticket = references.getOrDefault("orderId", "T-0");
    return new MessageDraft(new Recipient.Customer(UUID.fromString(references.get("customerId"))),
        "Ticket " + ticket, Map.of("name", "Ada", "ticket", ticket),
        template.equals(PROMO) ? MessagePurpose.MARKETING : MessagePurpose.SERVICE);
  }
}
