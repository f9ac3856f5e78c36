package io.flowpod.api.security;

import io.flowpod.domain.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads {@link CurrentUser} from a JWT principal: sub = user id, tid = tenant id, roles = role names. */
final class CurrentUserResolver {

  static final String TENANT_CLAIM = "tid";
  static final String ROLES_CLAIM = "roles";

  private CurrentUserResolver() {}

  static Optional<CurrentUser> fromSecurityContext() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
      return Optional.empty();
    }
    String tenant = jwt.getClaimAsString(TENANT_CLAIM);
    Collection<String> roleNames = jwt.getClaimAsStringList(ROLES_CLAIM);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      roleNames.forEach(name -> roles.add(Role.valueOf(name)));
    }
    return Optional.of(new CurrentUser(UUID.fromString(jwt.getSubject()),
        tenant == null ? null : UUID.fromString(tenant), roles));
  }
}
