package io.flowpod.domain.registration;

import io.flowpod.domain.customers.UnknownChatSender;
import io.flowpod.domain.platform.TenantContext;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Offers a registration link to someone unknown who wrote on a chat channel. Like an
 * {@code @ApplicationModuleListener} (after the inbound transaction commits, asynchronously, kept in
 * the event publication registry until it returns), but the transaction starts inside
 * {@link Registrations#offerToChat} once the event's workspace is set: row-level security is bound
 * when a transaction begins.
 */
@Component
class UnknownChatSenderListener {

  private final Registrations registrations;

  UnknownChatSenderListener(Registrations registrations) {
    this.registrations = registrations;
  }

  @Async
  @TransactionalEventListener
  void on(UnknownChatSender event) {
    TenantContext.runAs(event.tenantId(), () -> registrations.offerToChat(event.chatIdentityId()));
  }
}
