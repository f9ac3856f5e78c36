package io.flowpod.domain.identity;

/**
 * What a user may do inside a workspace, most powerful first. SUPER_ADMIN is the platform operator's
 * role: it belongs to no workspace's hierarchy and only manages tenants.
 */
public enum Role {
  OWNER,
  ADMIN,
  MANAGER,
  STAFF,
  SUPER_ADMIN
}
