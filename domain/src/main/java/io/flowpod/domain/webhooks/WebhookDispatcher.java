package io.flowpod.domain.webhooks;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.webhooks.WebhookDelivery.Status;
import io.flowpod.domain.webhooks.WebhookStore.Due;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries: every {@code flowpod.webhooks.dispatch-interval}, for each active workspace
 * with something due (a security-definer lookup answers only workspace ids) in turn, under its tenant
 * so row-level security applies, it claims a batch of due deliveries in a
 * short transaction (their next attempt moves ahead by a lease, so another replica skips them), sends
 * each outside any transaction, then records the attempt and either SUCCEEDED, the next attempt from
 * the {@link RetrySchedule}, or FAILED with an audit entry naming endpoint and event. One workspace's
 * trouble does not stop the others.
 */
@Component
public class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int MAX_ERROR = 500;

  private final WebhookStore store;
  private final WebhookEndpoints endpoints;
  private final RetrySchedule schedule;
  private final ObjectProvider<WebhookSender> sender;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int batchSize;
  private final Duration lease;

  WebhookDispatcher(WebhookStore store, WebhookEndpoints endpoints,
      RetrySchedule schedule, ObjectProvider<WebhookSender> sender, AuditLog audit,
      PlatformTransactionManager transactionManager, Clock clock,
      @Value("${flowpod.webhooks.batch-size:20}") int batchSize,
      @Value("${flowpod.webhooks.lease:PT2M}") Duration lease) {
    this.store = store;
    this.endpoints = endpoints;
    this.schedule = schedule;
    this.sender = sender;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.batchSize = batchSize;
    this.lease = lease;
  }

  /** One round over every active workspace; answers how many attempts were made. */
  @Scheduled(fixedDelayString = "${flowpod.webhooks.dispatch-interval:PT5S}",
      initialDelayString = "${flowpod.webhooks.dispatch-interval:PT5S}")
  public int dispatch() {
    WebhookSender http = sender.getIfAvailable();
    if (http == null) {
      return 0;
    }
    int attempts = 0;
    List<UUID> due = transactions.execute(status -> store.tenantsWithDueDeliveries(Instant.now(clock)));
    for (UUID tenantId : due) {
      try {
        attempts += TenantContext.callAs(tenantId, () -> dispatchCurrent(http));
      } catch (RuntimeException e) {
        log.warn("Sending webhooks of tenant {} failed this time: {}", tenantId, e.toString());
      }
    }
    return attempts;
  }

  private int dispatchCurrent(WebhookSender http) {
    Instant now = Instant.now(clock);
    List<Due> overdue = transactions.execute(status -> store.overdue(now));
    for (Due due : overdue) {
      transactions.executeWithoutResult(status -> {
        store.afterAttempt(due.id(), due.attempts(), due.roundAttempts(), Status.FAILED, null, null,
            "the endpoint was disabled until the retry window ended", now);
        failed(due);
      });
    }
    List<Due> claimed = transactions.execute(status -> store.claimDue(now, batchSize, now.plus(lease)));
    for (Due due : claimed) {
      try {
        attempt(http, due);
      } catch (RuntimeException e) {
        // Left claimed: the lease runs out and the next round tries again.
        log.warn("Webhook delivery {} could not be attempted this time: {}", due.id(), e.toString());
      }
    }
    return claimed.size();
  }

  private void attempt(WebhookSender http, Due due) {
    Instant startedAt = Instant.now(clock);
    WebhookSender.Outcome outcome;
    try {
      String secret = endpoints.secretOf(due.endpointId(), due.secretSealed());
      outcome = http.send(new WebhookSender.Request(due.url(), due.eventType(), due.id(),
          due.payload(), secret));
    } catch (RuntimeException e) {
      outcome = new WebhookSender.Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage(),
          Duration.between(startedAt, Instant.now(clock)).toMillis());
    }
    WebhookSender.Outcome result = outcome;
    String error = result.error() == null ? null
        : result.error().length() > MAX_ERROR ? result.error().substring(0, MAX_ERROR) : result.error();
    int attempts = due.attempts() + 1;
    int round = due.roundAttempts() + 1;
    Instant now = Instant.now(clock);
    transactions.executeWithoutResult(status -> {
      if (!store.lockDelivery(due.id())) {
        return; // the endpoint was deleted while the attempt was in flight
      }
      store.insertAttempt(due.id(), attempts, startedAt, result.durationMillis(), result.statusCode(),
          error);
      if (result.delivered()) {
        store.afterAttempt(due.id(), attempts, round, Status.SUCCEEDED, null, result.statusCode(),
            null, now);
        return;
      }
      Optional<Instant> next = schedule.nextAttempt(round, now, due.giveUpAt());
      if (next.isPresent()) {
        store.afterAttempt(due.id(), attempts, round, Status.PENDING, next.get(),
            result.statusCode(), error, now);
      } else {
        store.afterAttempt(due.id(), attempts, round, Status.FAILED, null, result.statusCode(),
            error, now);
        failed(new Due(due.id(), due.endpointId(), due.eventId(), due.eventType(), null, attempts,
            round, due.giveUpAt(), due.url(), null));
      }
    });
  }

  /** The operator-visible outcome: an audit entry (and a warning) naming endpoint and event. */
  private void failed(Due due) {
    audit.record(WebhookDeliveries.DELIVERY_FAILED, null, WebhookDeliveries.TARGET, due.id(),
        "endpoint " + due.endpointId() + ", event " + due.eventType() + " " + due.eventId()
            + ", after " + due.attempts() + " attempts");
    log.warn("Webhook delivery {} of event {} {} to endpoint {} FAILED after {} attempts",
        due.id(), due.eventType(), due.eventId(), due.endpointId(), due.attempts());
  }
}
