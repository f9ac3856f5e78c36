package io.flowpod.domain.privacy;

import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.customers.ContactCard;
import io.flowpod.domain.customers.CustomerContacts;
import io.flowpod.domain.customers.CustomerCorrection;
import io.flowpod.domain.customers.CustomerCorrections;
import io.flowpod.domain.identity.SignedLinks;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tasks.StaffTask;
import io.flowpod.domain.tasks.StaffTasks;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-subject requests of the current workspace: staff record a request, the customer verifies
 * their identity (signed link) or staff verify in person, and gdpr-data-request.bpmn carries it out.
 * Every step is logged on the request (what, when, who) and staff decisions also in the audit log.
 */
@Service
public class DataRequests {

  public static final String RECORDED = "data-request.recorded";
  public static final String VERIFIED = "data-request.identity-verified";
  public static final String EXTENDED = "data-request.extended";
  public static final String RECTIFIED = "data-request.rectified";
  public static final String COMPLETED = "data-request.completed";
  public static final String REJECTED = "data-request.rejected";

  private final DataRequestStore store;
  private final CustomerContacts contacts;
  private final CustomerCorrections corrections;
  private final PersonalDataExport export;
  private final SignedLinks links;
  private final Tenants tenants;
  private final StaffTasks tasks;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DataRequests(DataRequestStore store, CustomerContacts contacts, CustomerCorrections corrections,
      PersonalDataExport export, SignedLinks links, Tenants tenants, StaffTasks tasks,
      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.contacts = contacts;
    this.corrections = corrections;
    this.export = export;
    this.links = links;
    this.tenants = tenants;
    this.tasks = tasks;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a request staff received from the customer and starts its flow. The legal clock runs
   * from now: due one month later.
   */
  @Transactional
  public DataRequest record(UUID customerId, DataRequestKind kind, ReceivedVia via, String note,
      UUID actor) {
    if (note != null && note.length() > 2000) {
      throw DataRequestException.invalid(Map.of("note", "At most 2000 characters"));
    }
    ContactCard customer = contacts.find(customerId)
        .orElseThrow(DataRequestException::customerNotFound);
    if ("ERASED".equals(customer.status())) {
      throw DataRequestException.conflict("This customer's data was already erased");
    }
    Instant now = Instant.now(clock);
    Instant due = now.atZone(ZoneOffset.UTC).plus(DataRequestProcess.ANSWER_WITHIN).toInstant();
    DataRequest request = new DataRequest(UUID.randomUUID(), customerId, kind, via,
        note == null || note.isBlank() ? null : note.strip(), DataRequestStatus.AWAITING_VERIFICATION,
        now, due, due, null, null, null, null, null, null, null, null, null, null, actor);
    store.insert(request);
    store.log(request.id(), "RECEIVED", "kind: " + kind + ", via: " + via, actor, "received", now);
    audit.record(RECORDED, actor, "data-request", request.id(), "kind: " + kind);
    events.publishEvent(DataRequestMessage.received(TenantContext.require(), request));
    return request;
  }

  @Transactional(readOnly = true)
  public Optional<DataRequest> find(UUID id) {
    return store.find(id, false);
  }

  /** One page of requests by due date; {@code overdue} implies open. */
  @Transactional(readOnly = true)
  public List<DataRequest> list(DataRequestStatus status, boolean open, boolean overdue,
      UUID customerId, int offset, int limit) {
    return store.list(status, open, overdue ? Instant.now(clock) : null, customerId, offset, limit);
  }

  @Transactional(readOnly = true)
  public long count(DataRequestStatus status, boolean open, boolean overdue, UUID customerId) {
    return store.count(status, open, overdue ? Instant.now(clock) : null, customerId);
  }

  @Transactional(readOnly = true)
  public List<DataRequestEvent> log(UUID id) {
    require(id, false);
    return store.events(id);
  }

  /**
   * Extends the deadline by up to two months. Only once, only while the request is open, and only
   * before day 30, since the customer must hear of it inside the first month; the flow sends the
   * notice and moves its escalation to the new deadline.
   */
  @Transactional
  public DataRequest extend(UUID id, String reason, Integer months, UUID actor) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      errors.put("reason", "Why more time is needed, 1 to 1000 characters");
    }
    int by = months == null ? DataRequestProcess.MAX_EXTENSION_MONTHS : months;
    if (by < 1 || by > DataRequestProcess.MAX_EXTENSION_MONTHS) {
      errors.put("months", "1 or 2");
    }
    if (!errors.isEmpty()) {
      throw DataRequestException.invalid(errors);
    }
    DataRequest request = require(id, true);
    Instant now = Instant.now(clock);
    if (!request.status().open()) {
      throw DataRequestException.conflict("The request is already " + lower(request.status()));
    }
    if (request.extendedAt() != null) {
      throw DataRequestException.conflict("The request was already extended on "
          + request.extendedAt() + "; the law allows one extension");
    }
    if (!now.isBefore(request.extensionDeadline())) {
      audit.record(EXTENDED + ".refused", actor, "data-request", id, "after day 30");
      throw DataRequestException.conflict("An extension must be announced before day 30 ("
          + request.extensionDeadline() + "); this request can no longer be extended");
    }
    Instant due = request.originalDueAt().atZone(ZoneOffset.UTC).plusMonths(by).toInstant();
    store.extend(id, due, reason.strip(), now);
    store.log(id, "EXTENDED", "by " + by + " month(s), due " + due, actor, "extended", now);
    audit.record(EXTENDED, actor, "data-request", id, "months: " + by);
    DataRequest extended = require(id, false);
    tasks.cancelOpen(DeadlineEscalationForm.BUSINESS_OBJECT, id.toString());
    events.publishEvent(DataRequestMessage.extended(TenantContext.require(), extended));
    return extended;
  }

  /** Staff saw the customer's identity document in person. */
  @Transactional
  public DataRequest verifyInPerson(UUID id, UUID actor) {
    DataRequest request = require(id, true);
    if (request.status() != DataRequestStatus.AWAITING_VERIFICATION) {
      throw DataRequestException.conflict(request.verifiedAt() != null
          ? "The customer's identity was already verified"
          : "The request is already " + lower(request.status()));
    }
    verified(request, VerificationMethod.IN_PERSON, actor);
    audit.record(VERIFIED, actor, "data-request", id, "in person");
    return require(id, false);
  }

  /**
   * The customer followed the verification link sent to their known contact. Following it again
   * changes nothing. Empty for a wrong or expired link.
   */
  @Transactional
  public Optional<DataRequest> verifyByLink(String token) {
    Optional<UUID> id = links.verify(DataRequestProcess.VERIFY_LINK_PURPOSE, token,
        Instant.now(clock));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<DataRequest> request = store.find(id.get(), true);
    request.filter(r -> r.status() == DataRequestStatus.AWAITING_VERIFICATION)
        .ifPresent(r -> verified(r, VerificationMethod.LINK, null));
    return request.flatMap(r -> store.find(r.id(), false));
  }

  private void verified(DataRequest request, VerificationMethod method, UUID actor) {
    Instant now = Instant.now(clock);
    store.verified(request.id(), method, actor, now);
    store.log(request.id(), "IDENTITY_VERIFIED", "method: " + method, actor, "verified", now);
    events.publishEvent(DataRequestMessage.identityVerified(TenantContext.require(), request.id()));
  }

  /** The verification link's path and query, valid for seven days from now. */
  public String verificationPath(UUID id) {
    String token = links.sign(DataRequestProcess.VERIFY_LINK_PURPOSE, id,
        Instant.now(clock).plus(DataRequestProcess.LINK_VALID_FOR));
    return "/api/v1/public/" + slug() + "/data-requests/verification?t=" + token;
  }

  /** Access: makes the export available for seven days (once; a repeated job keeps the first expiry). */
  @Transactional
  public DataRequest prepareExport(UUID id) {
    DataRequest request = requireInProgress(id, DataRequestKind.ACCESS);
    if (request.exportExpiresAt() == null) {
      Instant now = Instant.now(clock);
      Instant expires = now.plus(DataRequestProcess.LINK_VALID_FOR);
      store.exportReady(id, expires);
      store.log(id, "EXPORT_READY", "link valid until " + expires, null, "export-ready", now);
    }
    return require(id, false);
  }

  /** The export link's path and query; it expires with the export. */
  public String exportPath(DataRequest request) {
    if (request.exportExpiresAt() == null) {
      throw new IllegalStateException(request.reference() + " has no export prepared");
    }
    return "/api/v1/public/" + slug() + "/data-requests/export?t="
        + links.sign(DataRequestProcess.EXPORT_LINK_PURPOSE, request.id(), request.exportExpiresAt());
  }

  /**
   * The customer's export behind a signed, unexpired export link: assembled now from every holder,
   * so no copy of the data is stored. Empty for a wrong or expired link or an erased customer.
   */
  @Transactional
  public Optional<Map<String, Object>> download(String token) {
    Instant now = Instant.now(clock);
    Optional<DataRequest> request = links.verify(DataRequestProcess.EXPORT_LINK_PURPOSE, token, now)
        .flatMap(id -> store.find(id, false))
        .filter(r -> r.kind() == DataRequestKind.ACCESS && r.exportExpiresAt() != null
            && now.isBefore(r.exportExpiresAt()));
    if (request.isEmpty() || contacts.find(request.get().customerId())
        .map(card -> "ERASED".equals(card.status())).orElse(true)) {
      return Optional.empty();
    }
    DataRequest found = request.get();
    store.exportDownloaded(found.id(), now);
    store.log(found.id(), "EXPORT_DOWNLOADED", null, null, "downloaded:" + now, now);
    return Optional.of(export.of(found.customerId()));
  }

  /**
   * Rectification: staff apply the corrections the customer asked for, which completes the flow's
   * staff task. Refused while the identity is unverified.
   */
  @Transactional
  public DataRequest rectify(UUID id, CustomerCorrection correction, UUID actor) {
    DataRequest request = requireInProgress(id, DataRequestKind.RECTIFICATION);
    StaffTask task = tasks.findOpen(DataRequestProcess.TASK_BUSINESS_OBJECT, id.toString(),
        DataRequestProcess.RECTIFICATION_FORM).orElseThrow(() -> DataRequestException.conflict(
            request.reference() + " is not waiting for its corrections yet; try again shortly"));
    Map<String, Object> input = new HashMap<>();
    input.put("name", correction.name());
    input.put("email", correction.email());
    input.put("phone", correction.phone());
    input.put("locale", correction.locale());
    tasks.complete(task.id(), input, actor);
    return require(id, false);
  }

  /** Applies corrections for the rectification form, in the task's transaction. */
  @Transactional
  public List<String> applyCorrection(UUID id, CustomerCorrection correction, UUID actor) {
    DataRequest request = requireInProgress(id, DataRequestKind.RECTIFICATION);
    List<String> changed = corrections.apply(request.customerId(), correction);
    Instant now = Instant.now(clock);
    String detail = "fields: " + (changed.isEmpty() ? "none changed" : String.join(", ", changed));
    store.log(id, "RECTIFIED", detail, actor, "rectified", now);
    audit.record(RECTIFIED, actor, "data-request", id, detail);
    return changed;
  }

  /**
   * Erasure: every holder anonymises the customer's personal data in one transaction; orders and
   * payments stay with their amounts. The request keeps the proof: which sections were erased, when.
   * A repeated job finds the request completed and does nothing.
   */
  @Transactional
  public DataRequest erase(UUID id) {
    DataRequest request = require(id, true);
    if (request.status() == DataRequestStatus.COMPLETED) {
      return request;
    }
    requireInProgress(id, DataRequestKind.ERASURE);
    List<String> sections = export.erase(request.customerId());
    Instant now = Instant.now(clock);
    String outcome = "Personal data erased in: " + String.join(", ", sections)
        + ". Orders, order lines and payments kept with their amounts (bookkeeping); the customer "
        + "row kept as " + request.customerRef() + " marked ERASED.";
    store.log(id, "ERASED", "sections: " + String.join(", ", sections), null, "erased", now);
    store.finish(id, DataRequestStatus.COMPLETED, outcome, null, now);
    audit.record(COMPLETED, null, "data-request", id,
        "erasure of " + request.customerRef() + "; sections: " + String.join(", ", sections));
    return require(id, false);
  }

  /** Access and rectification: the flow finished the work; the outcome says what was done. */
  @Transactional
  public DataRequest complete(UUID id) {
    DataRequest request = require(id, true);
    if (!request.status().open()) {
      return request;
    }
    String outcome = switch (request.kind()) {
      case ACCESS -> "Export of every section sent by signed link, valid until "
          + request.exportExpiresAt();
      case RECTIFICATION -> "Corrections applied (" + store.events(id).stream()
          .filter(e -> e.kind().equals("RECTIFIED")).map(DataRequestEvent::detail).findFirst()
          .orElse("fields: none") + ")";
      case ERASURE -> throw new IllegalStateException(request.reference()
          + " is an erasure; it completes by erasing");
    };
    Instant now = Instant.now(clock);
    store.finish(id, DataRequestStatus.COMPLETED, outcome, null, now);
    store.log(id, "COMPLETED", request.kind().name(), null, "completed", now);
    audit.record(COMPLETED, null, "data-request", id, request.kind().name().toLowerCase());
    return require(id, false);
  }

  /** The customer did not verify in time: the request is rejected, nothing was disclosed or changed. */
  @Transactional
  public DataRequest rejectUnverified(UUID id) {
    DataRequest request = require(id, true);
    if (request.status() != DataRequestStatus.AWAITING_VERIFICATION) {
      return request;
    }
    Instant now = Instant.now(clock);
    store.finish(id, DataRequestStatus.REJECTED, "Identity not verified within "
        + DataRequestProcess.VERIFY_WITHIN.toDays() + " days", null, now);
    store.log(id, "REJECTED", "identity not verified", null, "rejected", now);
    audit.record(REJECTED, null, "data-request", id, "identity not verified");
    return require(id, false);
  }

  /** Records that staff acknowledged the approaching deadline. */
  @Transactional
  public void deadlineAcknowledged(UUID id, UUID actor) {
    require(id, false);
    Instant now = Instant.now(clock);
    store.log(id, "DEADLINE_ACKNOWLEDGED", null, actor, "deadline-acknowledged:" + now, now);
  }

  DataRequest require(UUID id, boolean forUpdate) {
    return store.find(id, forUpdate).orElseThrow(DataRequestException::notFound);
  }

  private DataRequest requireInProgress(UUID id, DataRequestKind kind) {
    DataRequest request = require(id, true);
    if (request.kind() != kind) {
      throw DataRequestException.conflict(request.reference() + " is a " + lower(request.kind())
          + " request");
    }
    if (request.status() != DataRequestStatus.IN_PROGRESS) {
      throw DataRequestException.conflict(request.reference() + " is "
          + lower(request.status()).replace('_', ' '));
    }
    return request;
  }

  private String slug() {
    return tenants.find(TenantContext.require())
        .orElseThrow(() -> new IllegalStateException("The current workspace does not exist")).slug();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase();
  }
}
