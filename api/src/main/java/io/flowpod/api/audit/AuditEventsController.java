package io.flowpod.api.audit;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.domain.audit.AuditEvent;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.audit.AuditQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's audit log. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit")
class AuditEventsController {

  record AuditEventResponse(UUID id, String action, UUID actorUserId, String targetType,
      String targetId, String ip, Instant occurredAt, String detail) {

    static AuditEventResponse of(AuditEvent event) {
      return new AuditEventResponse(event.id(), event.action(), event.actorUserId(),
          event.targetType(), event.targetId(), event.ip(), event.occurredAt(), event.detail());
    }
  }

  private final AuditLog audit;

  AuditEventsController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "The workspace's audit events, newest first",
      description = "Roles: OWNER, ADMIN. Filters: ?action= (exact, e.g. user.invited), ?from= and "
          + "?to= (ISO-8601 instants; from inclusive, to exclusive). Paged: ?page= (from 0), ?size= "
          + "(default 20, max 100).")
  Page<AuditEventResponse> list(
      @RequestParam(required = false) String action,
      @Parameter(example = "2025-01-01T00:00:00Z") @RequestParam(required = false) Instant from,
      @Parameter(example = "2025-02-01T00:00:00Z") @RequestParam(required = false) Instant to,
      PageRequest page) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiProblem.invalid("to", "must be after from");
    }
    String filter = action == null || action.isBlank() ? null : action.strip();
    return Page.from(audit.search(new AuditQuery(filter, from, to), page.toPageable()))
        .map(AuditEventResponse::of);
  }
}
