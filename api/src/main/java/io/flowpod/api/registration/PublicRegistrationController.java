package io.flowpod.api.registration;

import io.flowpod.api.platform.ClientAddresses;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.api.registration.RegistrationDtos.LinkRequest;
import io.flowpod.api.registration.RegistrationDtos.LinkRequestAccepted;
import io.flowpod.api.registration.RegistrationDtos.RegistrationResponse;
import io.flowpod.api.registration.RegistrationDtos.SubmitRegistration;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.registration.Registration;
import io.flowpod.domain.registration.Registrations;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration without sign-in, per workspace slug: a storefront visitor asks for a link by e-mail,
 * and the form behind a link is submitted. Unknown and suspended workspaces answer 404.
 */
@RestController
@RequestMapping("/api/v1/public/{tenantSlug}")
@Tag(name = "Registration")
class PublicRegistrationController {

  private final Registrations registrations;
  private final Tenants tenants;
  private final ClientAddresses addresses;

  PublicRegistrationController(Registrations registrations, Tenants tenants,
      ClientAddresses addresses) {
    this.registrations = registrations;
    this.tenants = tenants;
    this.addresses = addresses;
  }

  @PostMapping("/registration-links")
  @SecurityRequirements
  @Operation(summary = "Send a personal registration link to an e-mail address",
      description = "Roles: public. 202 with the same answer whether or not the address is known "
          + "(no account enumeration). 400 for a malformed address; 429 after 5 links to the "
          + "address within 24 hours.")
  ResponseEntity<LinkRequestAccepted> requestLink(@PathVariable String tenantSlug,
      @RequestBody LinkRequest request) {
    as(tenantSlug, () -> registrations.requestByEmail(request.email(), request.language()));
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(LinkRequestAccepted.INSTANCE);
  }

  @PostMapping("/registrations")
  @SecurityRequirements
  @Operation(summary = "Submit the registration form behind a link",
      description = "Roles: public (the link's token). Name, language and "
          + "consents.orderProcessing=true are required; e-mail is required for storefront "
          + "registrations and for e-mail offers; phone for SMS offers. Each consent shown is "
          + "recorded with policy version, text, time, source and IP. 201; 400 per field; 400 "
          + "invalid-link for a token that is not ours; 410 for a used or expired link.")
  ResponseEntity<RegistrationResponse> register(@PathVariable String tenantSlug,
      @RequestBody SubmitRegistration request, HttpServletRequest http) {
    String ip = addresses.of(http);
    Registration registration = as(tenantSlug,
        () -> registrations.complete(request.token(), request.form(), ip, "API"));
    return ResponseEntity.created(URI.create("/api/v1/customers/" + registration.customerId()))
        .body(RegistrationResponse.of(registration));
  }

  private <T> T as(String slug, Callable<T> work) {
    UUID tenantId;
    try {
      tenantId = tenants.requireActive(slug).id();
    } catch (TenantNotFoundException | TenantSuspendedException e) {
      throw ApiProblem.of(ProblemType.WORKSPACE_NOT_FOUND, "No such shop.");
    }
    return TenantContext.callAs(tenantId, work);
  }
}
