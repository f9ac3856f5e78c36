package io.flowpod.workers.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox moving and small. A publication whose listener failed (engine unreachable, say) is
 * resubmitted once it is older than the retry delay; receivers are idempotent, so a late duplicate is
 * harmless. (In embedded mode, undelivered entries from before a restart are discarded by the flow
 * resumer, which re-enters their records instead.) Completed publications are deleted after the retention period.
 */
@Component
class OutboxMaintenance {

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
    incomplete.resubmitIncompletePublicationsOlderThan(retryDelay);
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void purgeCompleted() {
    completed.deletePublicationsOlderThan(retention);
  }
}
