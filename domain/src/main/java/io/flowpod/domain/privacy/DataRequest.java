package io.flowpod.domain.privacy;

import io.flowpod.domain.messaging.CustomerRef;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One data-subject request with its clock, verification and outcome. */
public record DataRequest(UUID id, UUID customerId, DataRequestKind kind, ReceivedVia receivedVia,
    String note, DataRequestStatus status, Instant receivedAt, Instant originalDueAt, Instant dueAt,
    Instant extendedAt, String extensionReason, Instant verifiedAt,
    VerificationMethod verificationMethod, UUID verifiedBy, Instant exportExpiresAt,
    Instant exportDownloadedAt, Instant completedAt, UUID completedBy, String outcome,
    UUID recordedBy) {

  /** How staff, logs and incidents name a request: {@code DR-} and the id's first eight hex digits. */
  public static String reference(UUID id) {
    return "DR-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  public String reference() {
    return reference(id);
  }

  public String customerRef() {
    return CustomerRef.of(customerId);
  }

  public boolean overdue(Instant now) {
    return status.open() && dueAt.isBefore(now);
  }

  /** The last moment an extension may still be granted: day 30 of the original month (legal notice). */
  public Instant extensionDeadline() {
    Instant dayThirty = receivedAt.plus(DataRequestProcess.EXTENSION_NOTICE_WITHIN);
    return dayThirty.isBefore(originalDueAt) ? dayThirty : originalDueAt;
  }

  /** When staff are warned that the deadline is near. */
  public Instant escalateAt() {
    return dueAt.minus(DataRequestProcess.ESCALATE_BEFORE_DUE);
  }
}
