package io.flowpod.api.diagnostics;

import io.flowpod.domain.diagnostics.FlowCheck;
import io.flowpod.domain.diagnostics.FlowCheckStatus;
import java.time.Instant;
import java.util.UUID;

/** A flow check as the API shows it. */
record FlowCheckView(UUID id, FlowCheckStatus status, Instant requestedAt, Instant dueAt,
    Instant completedAt) {

  static FlowCheckView of(FlowCheck check) {
    return new FlowCheckView(check.id(), check.status(), check.requestedAt(), check.dueAt(),
        check.completedAt());
  }
}
