package io.flowpod.api.security;

import io.flowpod.domain.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the token's {@code roles} claim into {@code ROLE_<name>} authorities, including the roles each
 * one contains (an OWNER also gets ROLE_ADMIN, ROLE_MANAGER, ROLE_STAFF), so {@code hasRole("ADMIN")}
 * admits owners. Unknown role names grant nothing.
 */
final class RoleAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    return new JwtAuthenticationToken(jwt, authorities(jwt.getClaimAsStringList(CurrentUserResolver.ROLES_CLAIM)),
        jwt.getSubject());
  }

  static Collection<GrantedAuthority> authorities(List<String> roleNames) {
    Set<Role> granted = EnumSet.noneOf(Role.class);
    if (roleNames != null) {
      for (String name : roleNames) {
        for (Role role : Role.values()) {
          if (role.name().equals(name)) {
            granted.addAll(role.includedRoles());
          }
        }
      }
    }
    return granted.stream()
        .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
        .toList();
  }
}
