package io.flowpod.ui.customer;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workspace of a customer page's slug (unknown and suspended ones look alike: 404) and the
 * visitor's address for the consent ledger: the remote address, or with
 * {@code flowpod.api.trust-forwarded-for=true} the last X-Forwarded-For hop, as the API records it.
 */
@Component
class CustomerWorkspaces {

  private final Tenants tenants;
  private final boolean trustForwardedFor;

  CustomerWorkspaces(Tenants tenants,
      @Value("${flowpod.api.trust-forwarded-for:false}") boolean trustForwardedFor) {
    this.tenants = tenants;
    this.trustForwardedFor = trustForwardedFor;
  }

  Tenant require(String slug) {
    try {
      return tenants.requireActive(slug);
    } catch (TenantNotFoundException | TenantSuspendedException e) {
      throw new PageNotFoundException();
    }
  }

  <T> T as(Tenant tenant, Callable<T> work) {
    return TenantContext.callAs(tenant.id(), work);
  }

  String clientAddress(HttpServletRequest request) {
    String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return request.getRemoteAddr();
  }

  /** Thrown for an unknown or suspended workspace. */
  static final class PageNotFoundException extends RuntimeException {
    PageNotFoundException() {
      super("No such workspace", null, false, false);
    }
  }
}
