package io.flowpod.api.privacy;

import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.problem.ProblemType;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.privacy.DataRequest;
import io.flowpod.domain.privacy.DataRequests;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer's side of a data request, without sign-in, behind signed links: confirming their
 * identity (a page whose button posts, so a mail scanner opening the link verifies nothing) and
 * downloading their export. Wrong, expired or another workspace's links answer 404.
 */
@RestController
@RequestMapping("/api/v1/public/{tenantSlug}/data-requests")
@Tag(name = "Data requests")
class PublicDataRequestsController {

  private final DataRequests requests;
  private final Tenants tenants;

  PublicDataRequestsController(DataRequests requests, Tenants tenants) {
    this.requests = requests;
    this.tenants = tenants;
  }

  @GetMapping(value = "/verification", produces = MediaType.TEXT_HTML_VALUE)
  @SecurityRequirements
  @Operation(summary = "The identity confirmation page behind the verification link",
      description = "Roles: public (the link's token t). A page with one button that confirms.")
  String confirmationPage(@PathVariable String tenantSlug, @RequestParam("t") String token) {
    String action = "/api/v1/public/" + HtmlUtils.htmlEscape(tenantSlug)
        + "/data-requests/verification";
    return page("Confirm your request", "<p>Please confirm that you made this request about your "
        + "personal data.</p><form method=\"post\" action=\"" + action + "\"><input type=\"hidden\" "
        + "name=\"t\" value=\"" + HtmlUtils.htmlEscape(token) + "\"><button type=\"submit\">"
        + "Yes, it was me</button></form>");
  }

  @PostMapping(value = "/verification", produces = MediaType.TEXT_HTML_VALUE)
  @SecurityRequirements
  @Operation(summary = "Confirm the customer's identity (verification link)",
      description = "Roles: public (the link's token t, form field or query). Idempotent. 404 for a "
          + "wrong or expired link.")
  String confirm(@PathVariable String tenantSlug, @RequestParam("t") String token) {
    Optional<DataRequest> verified = inWorkspace(tenantSlug, () -> requests.verifyByLink(token));
    DataRequest request = verified.orElseThrow(PublicDataRequestsController::invalidLink);
    return page("Thank you", "<p>Your identity is confirmed for request "
        + request.reference() + ". We will answer by " + request.dueAt().toString().substring(0, 10)
        + ".</p>");
  }

  @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @SecurityRequirements
  @Operation(summary = "Download the customer's personal data export (export link)",
      description = "Roles: public (the link's token t). Machine-readable JSON with one section per "
          + "kind of data FlowPod holds. 404 for a wrong or expired link.")
  ResponseEntity<Map<String, Object>> export(@PathVariable String tenantSlug,
      @RequestParam("t") String token) {
    Map<String, Object> export = inWorkspace(tenantSlug, () -> requests.download(token))
        .orElseThrow(PublicDataRequestsController::invalidLink);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data.json\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(export);
  }

  private <T> T inWorkspace(String slug, Supplier<T> work) {
    Tenant tenant;
    try {
      tenant = tenants.requireActive(slug);
    } catch (TenantNotFoundException | TenantSuspendedException e) {
      throw invalidLink();
    }
    return TenantContext.callAs(tenant.id(), work::get);
  }

  private static ApiProblem invalidLink() {
    return ApiProblem.of(ProblemType.NOT_FOUND, "This link is not valid or has expired.");
  }

  private static String page(String title, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        + "content=\"width=device-width\"><title>" + title + "</title></head><body style=\""
        + "font-family:sans-serif;max-width:32rem;margin:3rem auto\"><h1>" + title + "</h1>" + body
        + "</body></html>";
  }
}
