package io.flowpod.app.support;

import io.flowpod.domain.tenancy.NewTenant;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.util.UUID;

/** Fresh workspaces for tests, each with a unique slug so tests never share data by accident. */
public final class TestTenants {

  private TestTenants() {}

  public static Tenant create(Tenants tenants, String label) {
    String slug = (label + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    return tenants.create(new NewTenant(label, slug, "Europe/Rome", "EUR", "en"));
  }
}
