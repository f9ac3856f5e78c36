package io.flowpod.ui.storefront;

import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.tenancy.TenantNotFoundException;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;

/**
 * Finds the shop of a storefront address and runs domain work as its workspace. Storefront visitors
 * have no token, so the tenant comes from the slug; unknown and suspended workspaces look the same to
 * a visitor (404), so the page tells nobody which workspaces exist.
 */
@Component
class Shops {

  private final Tenants tenants;

  Shops(Tenants tenants) {
    this.tenants = tenants;
  }

  Shop require(String slug) {
    try {
      return new Shop(tenants.requireActive(slug));
    } catch (TenantNotFoundException | TenantSuspendedException e) {
      throw new ShopNotFoundException();
    }
  }

  /** Runs the work with the shop's workspace as the current tenant (row-level security applies). */
  <T> T as(Shop shop, Callable<T> work) {
    return TenantContext.callAs(shop.tenant().id(), work);
  }
}
