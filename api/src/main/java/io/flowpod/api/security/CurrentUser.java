package io.flowpod.api.security;

import io.flowpod.domain.identity.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, taken from the validated access token. Controllers receive it as a method argument
 * or read it with {@link #current()}; filters use it for rate limits and log context.
 */
public record CurrentUser(UUID userId, UUID tenantId, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The authenticated caller of this request, if any (implemented by the security configuration). */
  public static Optional<CurrentUser> current() {
    return CurrentUserResolver.fromSecurityContext();
  }
}
