package io.flowpod.domain.ordering;

import io.flowpod.domain.messaging.MailMessage;
import io.flowpod.domain.messaging.OutboundMail;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notify step for orders: renders the notice and sends it once per order and notice. Each notice
 * has a ledger row keyed {@code <template>:<orderId>}: PENDING when claimed, SENT after the mail server
 * took it, FAILED (and the call throws, so the job retries) when it did not. A SENT notice is never
 * sent again; two racing calls for a new notice may both send (at least once, never lost).
 */
@org.springframework.stereotype.Service
public class OrderNotices {

  private static final Logger log = LoggerFactory.getLogger(OrderNotices.class);

  private final Orders orders;
  private final NoticeStore store;
  private final Tenants tenants;
  private final OrderLinks links;
  private final OutboundMail mail;
  private final Environment environment;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OrderNotices(Orders orders, NoticeStore store, Tenants tenants, OrderLinks links,
      OutboundMail mail, Environment environment, PlatformTransactionManager transactionManager,
      Clock clock) {
    this.orders = orders;
    this.store = store;
    this.tenants = tenants;
    this.links = links;
    this.mail = mail;
    this.environment = environment;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Mails the notice to the order's customer unless it was sent already. Runs in the current tenant;
   * not inside a caller's transaction (the mail goes out between two short ones).
   *
   * @throws OrderException NOT_FOUND for an unknown order
   * @throws IllegalStateException naming the order number when the mail server refused the mail
   */
  public void send(UUID orderId, OrderNotice notice) {
    String key = notice.template() + ":" + orderId;
    Prepared prepared = transactions.execute(tx -> prepare(orderId, notice, key));
    if (prepared == null) {
      return;
    }
    try {
      mail.send(new MailMessage(TenantContext.require(), prepared.to(), prepared.mail().subject(),
          prepared.mail().text(), prepared.mail().html()));
    } catch (RuntimeException e) {
      transactions.executeWithoutResult(tx -> store.markFailed(key, "Mail not accepted: "
          + e.getClass().getSimpleName()));
      log.warn("Notice {} for order {} could not be mailed", notice.template(), prepared.number());
      throw new IllegalStateException("Order " + prepared.number() + ": the " + notice.template()
          + " notice could not be mailed; check the mail server, the step retries", e);
    }
    transactions.executeWithoutResult(tx -> store.markSent(key, Instant.now(clock)));
    log.info("Notice {} sent for order {}", notice.template(), prepared.number());
  }

  private record Prepared(long number, String to, NoticeTexts.Mail mail) {}

  /** The mail to send, or null when this notice was sent before. */
  private Prepared prepare(UUID orderId, OrderNotice notice, String key) {
    Order order = orders.find(orderId).orElseThrow(OrderException::notFound);
    Customer customer = orders.customer(order.customerId()).orElseThrow(OrderException::notFound);
    NoticeStore.Status status = store.claim(key, customer.id(), notice.template(),
        "order:" + orderId, Instant.now(clock));
    if (status == NoticeStore.Status.SENT) {
      return null;
    }
    Tenant tenant = tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist"));
    String link = publicUrl() + links.statusUrl(order);
    return new Prepared(order.number(), customer.email(), NoticeTexts.render(notice, order,
        customer.name(), tenant.name(), ZoneId.of(tenant.timeZone()), link));
  }

  /** Read per mail, not at start: the default names the port the server bound once it listens. */
  private String publicUrl() {
    String url = environment.getProperty("flowpod.public-url", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
