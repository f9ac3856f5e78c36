package io.flowpod.domain.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only reads that cross tenants: SECURITY DEFINER functions (migration V2) that answer which
 * tenant owns an email or a token hash, and nothing more. Everything after runs as that tenant.
 */
@Component
class PreTenantLookup {

  private final JdbcClient jdbc;

  PreTenantLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<UUID> tenantOfEmail(String normalizedEmail) {
    return call("tenant_of_user_email", normalizedEmail);
  }

  Optional<UUID> tenantOfRefreshToken(String tokenHash) {
    return call("tenant_of_refresh_token", tokenHash);
  }

  Optional<UUID> tenantOfPasswordReset(String tokenHash) {
    return call("tenant_of_password_reset", tokenHash);
  }

  Optional<UUID> tenantOfInvitation(String tokenHash) {
    return call("tenant_of_invitation", tokenHash);
  }

  private Optional<UUID> call(String function, String key) {
    if (key == null) {
      return Optional.empty();
    }
    return jdbc.sql("select " + function + "(?)").param(key).query(UUID.class).optional();
  }
}
