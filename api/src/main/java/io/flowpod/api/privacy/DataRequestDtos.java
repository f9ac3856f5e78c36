package io.flowpod.api.privacy;

import io.flowpod.domain.privacy.DataRequest;
import io.flowpod.domain.privacy.DataRequestEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the data-request API. */
final class DataRequestDtos {

  private DataRequestDtos() {}

  /** A request staff received: kind ACCESS, RECTIFICATION or ERASURE; how it arrived; a note. */
  record NewDataRequest(String kind, String receivedVia, String note) {}

  record Extension(String reason, Integer months) {}

  /** The corrections the customer asked for; only the fields to change. */
  record Rectification(String name, String email, String phone, String locale) {}

  record LogEntry(String kind, String detail, UUID actorUserId, Instant occurredAt) {
    static LogEntry of(DataRequestEvent e) {
      return new LogEntry(e.kind(), e.detail(), e.actorUserId(), e.occurredAt());
    }
  }

  record DataRequestView(UUID id, String reference, UUID customerId, String customerRef, String kind,
      String receivedVia, String note, String status, Instant receivedAt, Instant originalDueAt,
      Instant dueAt, boolean overdue, Instant extensionDeadline, Instant extendedAt,
      String extensionReason, Instant verifiedAt, String verificationMethod,
      Instant exportExpiresAt, Instant exportDownloadedAt, Instant completedAt, String outcome,
      List<LogEntry> log) {

    static DataRequestView of(DataRequest r, Instant now, List<DataRequestEvent> log) {
      return new DataRequestView(r.id(), r.reference(), r.customerId(), r.customerRef(),
          r.kind().name(), r.receivedVia().name(), r.note(), r.status().name(), r.receivedAt(),
          r.originalDueAt(), r.dueAt(), r.overdue(now), r.extensionDeadline(), r.extendedAt(),
          r.extensionReason(), r.verifiedAt(),
          r.verificationMethod() == null ? null : r.verificationMethod().name(),
          r.exportExpiresAt(), r.exportDownloadedAt(), r.completedAt(), r.outcome(),
          log == null ? null : log.stream().map(LogEntry::of).toList());
    }
  }
}
