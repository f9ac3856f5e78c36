package io.flowpod.domain.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox (Spring Modulith's event publication registry) moving and small, for every kind of
 * event: engine messages, mails, later webhooks. A publication whose listener failed (engine or mail
 * server unreachable even after the adapter's own retries) is resubmitted once it is older than the
 * retry delay, so one still in progress is not started twice; listeners are idempotent, so a late
 * duplicate is harmless. Completed publications are deleted after the retention period. (In embedded
 * mode, undelivered entries from before a restart are discarded by the flow resumer instead.)
 */
@Component
class OutboxMaintenance {

  private static final Logger log = LoggerFactory.getLogger(OutboxMaintenance.class);

  private final IncompleteEventPublications incomplete;
  private final CompletedEventPublications completed;
  private final Duration retryDelay;
  private final Duration retention;

  OutboxMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
      @Value("${flowpod.outbox.retry-delay:PT1M}") Duration retryDelay,
      @Value("${flowpod.outbox.retention:P7D}") Duration retention) {
    this.incomplete = incomplete;
    this.completed = completed;
    this.retryDelay = retryDelay;
    this.retention = retention;
  }

  @Scheduled(fixedDelayString = "${flowpod.outbox.retry-interval:PT30S}",
      initialDelayString = "${flowpod.outbox.retry-interval:PT30S}")
  void resubmitStalled() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(retryDelay);
    } catch (RuntimeException e) {
      log.warn("Resubmitting stalled outbox entries failed this time: {}", e.toString());
    }
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void purgeCompleted() {
    completed.deletePublicationsOlderThan(retention);
  }
}
