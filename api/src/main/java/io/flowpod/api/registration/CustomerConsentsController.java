package io.flowpod.api.registration;

import io.flowpod.api.registration.RegistrationDtos.ConsentLedger;
import io.flowpod.api.registration.RegistrationDtos.ConsentResponse;
import io.flowpod.api.registration.RegistrationDtos.StaffConsent;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.consent.ConsentRecord;
import io.flowpod.domain.registration.ConsentChanges;
import io.flowpod.domain.registration.RegistrationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A customer's consent ledger: the current state per purpose and channel, and every entry. */
@RestController
@RequestMapping("/api/v1/customers/{id}/consents")
@Tag(name = "Consents")
class CustomerConsentsController {

  private final ConsentChanges changes;

  CustomerConsentsController(ConsentChanges changes) {
    this.changes = changes;
  }

  @GetMapping
  @PreAuthorize("hasRole('STAFF')")
  @Operation(summary = "The customer's consents: current state and full history",
      description = "Roles: STAFF and above. 404 for a customer of another workspace.")
  ConsentLedger ledger(@PathVariable UUID id) {
    return new ConsentLedger(changes.current(id).stream().map(ConsentResponse::of).toList(),
        changes.history(id).stream().map(ConsentResponse::of).toList());
  }

  @PostMapping
  @PreAuthorize("hasRole('MANAGER')")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a consent given, refused or withdrawn in person or by phone",
      description = "Roles: MANAGER and above. Body {purpose, channel (marketing only), state "
          + "GRANTED|WITHDRAWN|DECLINED, means IN_PERSON|PHONE}. Source STAFF, the current policy "
          + "version and the text in the customer's language. 400 per field; 404 cross-tenant.")
  ConsentResponse record(@PathVariable UUID id, @RequestBody StaffConsent request,
      CurrentUser caller) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (request.purpose() == null) {
      missing.put("purpose", "is required");
    }
    if (request.state() == null) {
      missing.put("state", "is required");
    }
    if (request.means() == null) {
      missing.put("means", "is required");
    }
    if (!missing.isEmpty()) {
      throw new RegistrationException(RegistrationException.Reason.INVALID, "Invalid consent",
          missing);
    }
    ConsentRecord record = changes.recordByStaff(id, request.purpose(), request.channel(),
        request.state(), request.means(), caller.userId());
    return ConsentResponse.of(record);
  }
}
