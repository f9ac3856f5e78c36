package io.flowpod.app.demo;

import io.flowpod.domain.identity.Role;
import io.flowpod.domain.identity.SignupCommand;
import io.flowpod.domain.identity.Signups;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode only: makes sure the demo workspace "Demo Shop" (slug {@value #SLUG}) with an owner,
 * an admin and a staff member, and the platform's super-admin, exist. Idempotent at every start: what
 * exists is left alone (including passwords changed since). The demo password is public
 * (docs/getting-started.md); never enable this with real data.
 */
@Component
@Order(100)
@ConditionalOnExpression("'${flowpod.mode:embedded}' == 'embedded' and ${flowpod.demo.enabled:true}")
class DemoData implements ApplicationRunner {

  static final String SLUG = "demo";
  static final String PASSWORD = "demo-password-1";
  static final String OWNER = "owner@demo.flowpod.local";
  static final String ADMIN = "admin@demo.flowpod.local";
  static final String STAFF = "staff@demo.flowpod.local";
  static final String SUPER_ADMIN = "superadmin@flowpod.local";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final Tenants tenants;
  private final Signups signups;
  private final Users users;

  DemoData(Tenants tenants, Signups signups, Users users) {
    this.tenants = tenants;
    this.signups = signups;
    this.users = users;
  }

  @Override
  public void run(ApplicationArguments args) {
    UUID demo = tenants.findBySlug(SLUG).map(Tenant::id).orElseGet(() -> signups.createWorkspace(
        new SignupCommand("Demo Shop", SLUG, "Europe/Berlin", "EUR", "en", "Demo Owner", OWNER,
            PASSWORD)).tenantId());
    users.provision(demo, ADMIN, "Demo Admin", Role.ADMIN, PASSWORD);
    users.provision(demo, STAFF, "Demo Staff", Role.STAFF, PASSWORD);
    users.provision(Tenants.PLATFORM_TENANT_ID, SUPER_ADMIN, "Platform Admin", Role.SUPER_ADMIN,
        PASSWORD);
    log.info("Demo logins (password {}): {} (owner), {} (admin), {} (staff) in workspace '{}'; "
        + "{} (super-admin)", PASSWORD, OWNER, ADMIN, STAFF, SLUG, SUPER_ADMIN);
  }
}
