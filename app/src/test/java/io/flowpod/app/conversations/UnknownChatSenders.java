package io.flowpod.app.conversations;

import io.flowpod.domain.customers.UnknownChatSender;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Test-only: every committed {@link UnknownChatSender}, to count what inbound published. */
@Component
class UnknownChatSenders {

  private final List<UnknownChatSender> seen = new CopyOnWriteArrayList<>();

  @TransactionalEventListener
  void on(UnknownChatSender event) {
    seen.add(event);
  }

  List<UnknownChatSender> about(UUID inboxMessageId) {
    return seen.stream().filter(event -> event.inboxMessageId().equals(inboxMessageId)).toList();
  }

  List<UnknownChatSender> ofTenant(UUID tenantId) {
    return seen.stream().filter(event -> event.tenantId().equals(tenantId)).toList();
  }
}
