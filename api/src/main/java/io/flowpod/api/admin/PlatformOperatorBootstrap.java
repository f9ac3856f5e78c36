package io.flowpod.api.admin;

import io.flowpod.domain.identity.Role;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.tenancy.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the platform operator (a SUPER_ADMIN) at start from {@code flowpod.security.super-admin.email}
 * and {@code .password} when both are set and the email has no account yet; how a cluster installation
 * gets its first super-admin. Later changes to the properties do not touch an existing account.
 */
@Component
class PlatformOperatorBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PlatformOperatorBootstrap.class);

  private final Users users;
  private final String email;
  private final String password;

  PlatformOperatorBootstrap(Users users,
      @Value("${flowpod.security.super-admin.email:}") String email,
      @Value("${flowpod.security.super-admin.password:}") String password) {
    this.users = users;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (email.isBlank() || password.isBlank()) {
      return;
    }
    if (users.provision(Tenants.PLATFORM_TENANT_ID, email, "Platform operator", Role.SUPER_ADMIN,
        password)) {
      log.info("Created the platform operator account from flowpod.security.super-admin.*");
    }
  }
}
