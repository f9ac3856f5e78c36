package io.flowpod.api.privacy;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.paging.Sortable;
import io.flowpod.api.privacy.DataRequestDtos.DataRequestView;
import io.flowpod.api.privacy.DataRequestDtos.Extension;
import io.flowpod.api.privacy.DataRequestDtos.NewDataRequest;
import io.flowpod.api.privacy.DataRequestDtos.Rectification;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.FieldViolation;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.customers.CustomerCorrection;
import io.flowpod.domain.privacy.DataRequest;
import io.flowpod.domain.privacy.DataRequestKind;
import io.flowpod.domain.privacy.DataRequestStatus;
import io.flowpod.domain.privacy.DataRequests;
import io.flowpod.domain.privacy.ReceivedVia;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data-subject requests: staff record what a customer asked for; managers decide (extend the
 * deadline, verify identity in person, apply corrections). Another workspace's ids answer 404.
 */
@RestController
@Tag(name = "Data requests")
class DataRequestsController {

  private final DataRequests requests;
  private final Clock clock;

  DataRequestsController(DataRequests requests, Clock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @PostMapping("/api/v1/customers/{id}/data-requests")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "Record a data-subject request received from a customer",
      description = "Roles: STAFF and above. kind ACCESS, RECTIFICATION or ERASURE; receivedVia "
          + "EMAIL, WHATSAPP, TELEGRAM, SMS, PHONE, POST, IN_PERSON or WEB; optional note (max 2000). "
          + "Starts the legal clock (due in one month) and the flow, which sends the customer a "
          + "verification link. 404 for an unknown customer; 409 when the customer is erased.")
  ResponseEntity<DataRequestView> record(@PathVariable UUID id, @RequestBody NewDataRequest body,
      CurrentUser caller) {
    List<FieldViolation> errors = new ArrayList<>();
    DataRequestKind kind = parse(DataRequestKind.class, body.kind(), "kind", errors);
    ReceivedVia via = parse(ReceivedVia.class, body.receivedVia(), "receivedVia", errors);
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    DataRequest request = requests.record(id, kind, via, body.note(), caller.userId());
    return ResponseEntity.created(URI.create("/api/v1/data-requests/" + request.id()))
        .body(view(request, true));
  }

  @GetMapping("/api/v1/data-requests")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "The workspace's data requests, soonest deadline first",
      description = "Roles: STAFF and above. Filters: status, open=true (awaiting verification or "
          + "in progress), overdue=true (open and past the deadline), customerId. Paged.")
  Page<DataRequestView> list(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean open,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) UUID customerId,
      @Sortable(fields = {"dueAt"}, byDefault = "dueAt,asc") PageRequest page) {
    List<FieldViolation> errors = new ArrayList<>();
    DataRequestStatus parsed = status == null ? null
        : parse(DataRequestStatus.class, status, "status", errors);
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    List<DataRequestView> items = requests.list(parsed, open, overdue, customerId,
        (int) page.offset(), page.size()).stream().map(r -> view(r, false)).toList();
    return Page.of(items, page, requests.count(parsed, open, overdue, customerId));
  }

  @GetMapping("/api/v1/data-requests/{id}")
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "One data request with its clock, verification, outcome and log",
      description = "Roles: STAFF and above. 404 for an unknown request.")
  DataRequestView get(@PathVariable UUID id) {
    return view(requests.find(id).orElseThrow(DataRequestsController::notFound), true);
  }

  @PostMapping("/api/v1/data-requests/{id}/extension")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Extend the deadline by up to two months",
      description = "Roles: MANAGER and above. Body {reason, months (1 or 2, default 2)}. Once per "
          + "request, only before day 30 (the customer must be told inside the first month; the flow "
          + "sends the notice). 409 after day 30, when already extended, or when closed.")
  DataRequestView extend(@PathVariable UUID id, @RequestBody Extension body, CurrentUser caller) {
    return view(requests.extend(id, body.reason(), body.months(), caller.userId()), true);
  }

  @PostMapping("/api/v1/data-requests/{id}/identity-verification")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Record that staff verified the customer's identity in person",
      description = "Roles: MANAGER and above. The flow continues as if the customer had followed "
          + "the verification link. 409 when already verified or closed.")
  DataRequestView verify(@PathVariable UUID id, CurrentUser caller) {
    return view(requests.verifyInPerson(id, caller.userId()), true);
  }

  @PostMapping("/api/v1/data-requests/{id}/rectification")
  @PreAuthorize("hasRole('MANAGER')")
  @Operation(summary = "Apply the corrections a customer asked for",
      description = "Roles: MANAGER and above. Body {name, email, phone, locale}: only the fields to "
          + "change. Completes the request's rectification task. 400 names each invalid field; 409 "
          + "when the request is not a verified rectification waiting for its corrections.")
  DataRequestView rectify(@PathVariable UUID id, @RequestBody Rectification body,
      CurrentUser caller) {
    return view(requests.rectify(id, new CustomerCorrection(body.name(), body.email(),
        body.phone(), body.locale()), caller.userId()), true);
  }

  private DataRequestView view(DataRequest request, boolean withLog) {
    return DataRequestView.of(request, Instant.now(clock),
        withLog ? requests.log(request.id()) : null);
  }

  static ApiProblem notFound() {
    return ApiProblem.of(io.flowpod.api.problem.ProblemType.NOT_FOUND, "No such data request.");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
      List<FieldViolation> errors) {
    String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .toList());
    if (value == null || value.isBlank()) {
      errors.add(new FieldViolation(field, "Required: one of " + allowed));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldViolation(field, "One of " + allowed));
      return null;
    }
  }
}
