package io.flowpod.domain.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do inside a workspace, most powerful first. SUPER_ADMIN is the platform operator's
 * role: it belongs to no workspace's hierarchy and only manages tenants.
 */
public enum Role {
  OWNER,
  ADMIN,
  MANAGER,
  STAFF,
  SUPER_ADMIN;

  /**
   * This role and every workspace role below it: an OWNER may do whatever an ADMIN, MANAGER or STAFF
   * may. Security maps these to authorities, so {@code hasRole("ADMIN")} admits owners too.
   */
  public Set<Role> includedRoles() {
    if (this == SUPER_ADMIN) {
      return EnumSet.of(SUPER_ADMIN);
    }
    return EnumSet.range(this, STAFF);
  }

  /** Whether this role may do what {@code other} may (see {@link #includedRoles()}). */
  public boolean includes(Role other) {
    return includedRoles().contains(other);
  }

  /** Roles a workspace user can hold (everything but SUPER_ADMIN). */
  public boolean isWorkspaceRole() {
    return this != SUPER_ADMIN;
  }
}
