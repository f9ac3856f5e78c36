package io.flowpod.domain.notifications;

import io.flowpod.domain.messaging.Channel;
import io.flowpod.domain.messaging.MessagePurpose;
import io.flowpod.domain.notifications.OutboundMessage.Status;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Send a test message": a real message through the channel's provider to an address staff give,
 * recorded in the outbox like any other. On WhatsApp outside the customer-service window it goes as
 * Meta's sample template {@value #WHATSAPP_TEST_TEMPLATE}.
 */
@Service
public class ChannelTests {

  static final String TEMPLATE = "direct.channel-test";
  static final String WHATSAPP_TEST_TEMPLATE = "hello_world";

  private final Dispatcher dispatcher;
  private final OutboundStore store;
  private final Tenants tenants;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ChannelTests(Dispatcher dispatcher, OutboundStore store, Tenants tenants,
      PlatformTransactionManager transactionManager, Clock clock) {
    this.dispatcher = dispatcher;
    this.store = store;
    this.tenants = tenants;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** The outcome: the outbox message, whether it went, and the provider's answer or failure. */
  public record Result(UUID messageId, boolean sent, String detail) {}

  public Result send(Channel channel, String address) {
    if (address == null || address.isBlank() || address.length() > 320 || address.contains("\n")) {
      throw new IllegalArgumentException("address must be one line of at most 320 characters");
    }
    Tenant tenant = transactions.execute(tx -> tenants.find(TenantContext.require())).orElseThrow();
    String text = "This is a test message from " + tenant.name() + " on FlowPod (" + channel + ").";
    OutboundMessage message = new OutboundMessage(UUID.randomUUID(), TEMPLATE,
        MessagePurpose.SERVICE, null, "Channel test " + channel, "en", List.of(channel),
        address.strip(), Status.PENDING, null, "FlowPod test message", text,
        new OutgoingMessage.ApprovedTemplate(WHATSAPP_TEST_TEMPLATE, "en_US", List.of()), null,
        null, Instant.now(clock), null);
    OutboundMessage stored = transactions.execute(tx -> store.claim("test:" + message.id(), message));
    Dispatcher.Outcome outcome = dispatcher.dispatch(stored);
    return new Result(stored.id(), outcome.sent(), outcome.summary());
  }
}
