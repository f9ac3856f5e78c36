package io.flowpod.domain.identity;

import java.util.Set;
import java.util.UUID;

/** Who a session belongs to (and who is acting in a request); what an access token is minted from. */
public record AuthenticatedUser(UUID userId, UUID tenantId, Set<Role> roles) {

  public AuthenticatedUser {
    roles = Set.copyOf(roles);
  }

  static AuthenticatedUser of(User user) {
    return new AuthenticatedUser(user.id(), user.tenantId(), Set.of(user.role()));
  }

  /** Whether one of the user's roles includes {@code role} (an OWNER may do what an ADMIN may). */
  public boolean may(Role role) {
    return roles.stream().anyMatch(held -> held.includes(role));
  }
}
