package io.flowpod.domain.diagnostics;

import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests and completes flow checks for the current tenant. */
@Service
public class FlowChecks {

  static final Duration MAX_DELAY = Duration.ofHours(1);

  private final FlowCheckRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  FlowChecks(FlowCheckRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  /** Records the check and, in the same transaction, the outbox event that starts its flow. */
  @Transactional
  public FlowCheck request(Duration delay) {
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException("delay must be between 0 and " + MAX_DELAY);
    }
    Instant now = Instant.now(clock);
    FlowCheck check = repository.save(FlowCheck.requested(TenantContext.require(), now, now.plus(delay)));
    events.publishEvent(new FlowCheckRequested(check.tenantId(), check.id(), check.dueAt()));
    return check;
  }

  /** Idempotent: completing a completed check changes nothing and answers the same record. */
  @Transactional
  public Optional<FlowCheck> complete(UUID id) {
    return repository.findById(id)
        .map(check -> check.status() == FlowCheckStatus.COMPLETED
            ? check
            : repository.save(check.completed(Instant.now(clock))));
  }

  @Transactional(readOnly = true)
  public Optional<FlowCheck> find(UUID id) {
    return repository.findById(id);
  }
}
