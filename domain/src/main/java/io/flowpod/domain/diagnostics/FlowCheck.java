package io.flowpod.domain.diagnostics;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An operator's end-to-end probe: it goes through the outbox to the engine, waits on a timer until
 * {@code dueAt}, and a worker marks it completed. If it completes, the whole pipeline works.
 */
@Table("flow_checks")
public record FlowCheck(
    @Id UUID id,
    UUID tenantId,
    FlowCheckStatus status,
    Instant requestedAt,
    Instant dueAt,
    Instant completedAt,
    @Version Integer version) {

  static FlowCheck requested(UUID tenantId, Instant now, Instant dueAt) {
    return new FlowCheck(UUID.randomUUID(), tenantId, FlowCheckStatus.REQUESTED, now, dueAt, null, null);
  }

  FlowCheck completed(Instant now) {
    return new FlowCheck(id, tenantId, FlowCheckStatus.COMPLETED, requestedAt, dueAt, now, version);
  }
}
