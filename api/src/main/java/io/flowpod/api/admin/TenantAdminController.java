package io.flowpod.api.admin;

import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform operator's view of workspaces: list, suspend, reactivate. SUPER_ADMIN only. */
@RestController
@RequestMapping("/api/v1/admin/tenants")
@Tag(name = "Platform administration")
class TenantAdminController {

  record TenantResponse(UUID id, String name, String slug, String status, String statusReason,
      String timeZone, String currency, String locale, Instant createdAt) {

    static TenantResponse of(Tenant tenant) {
      return new TenantResponse(tenant.id(), tenant.name(), tenant.slug(), tenant.status().name(),
          tenant.statusReason(), tenant.timeZone(), tenant.currency(), tenant.locale(),
          tenant.createdAt());
    }
  }

  record Suspension(String reason) {}

  private final Tenants tenants;

  TenantAdminController(Tenants tenants) {
    this.tenants = tenants;
  }

  @GetMapping
  @Operation(summary = "All workspaces, oldest first",
      description = "Roles: SUPER_ADMIN. Paged: ?page= (from 0), ?size= (default 20, max 100).")
  Page<TenantResponse> list(PageRequest page) {
    return Page.from(tenants.list(page.page(), page.size())).map(TenantResponse::of);
  }

  @PostMapping("/{id}/suspend")
  @Operation(summary = "Suspend a workspace",
      description = "Roles: SUPER_ADMIN. Its users are refused (403 \"workspace suspended\") at login, "
          + "refresh and on every API call, and its public pages close, until it is reactivated. "
          + "Repeating the same suspension changes nothing.")
  TenantResponse suspend(@PathVariable UUID id, @RequestBody Suspension request, CurrentUser caller) {
    String reason = request == null ? null : request.reason();
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      throw ApiProblem.invalid("reason", "must be 1 to 500 characters");
    }
    return TenantResponse.of(tenants.suspend(id, reason, caller.userId()));
  }

  @PostMapping("/{id}/reactivate")
  @Operation(summary = "Reactivate a suspended workspace",
      description = "Roles: SUPER_ADMIN. Reactivating an active workspace changes nothing.")
  TenantResponse reactivate(@PathVariable UUID id, CurrentUser caller) {
    return TenantResponse.of(tenants.reactivate(id, caller.userId()));
  }
}
