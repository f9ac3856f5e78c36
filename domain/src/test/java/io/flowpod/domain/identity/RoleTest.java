package io.flowpod.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void workspaceRolesIncludeTheOnesBelowThem() {
    assertThat(Role.OWNER.includedRoles())
        .containsExactlyInAnyOrder(Role.OWNER, Role.ADMIN, Role.MANAGER, Role.STAFF);
    assertThat(Role.MANAGER.includedRoles()).containsExactlyInAnyOrder(Role.MANAGER, Role.STAFF);
    assertThat(Role.STAFF.includedRoles()).containsExactly(Role.STAFF);
  }

  @Test
  void theSuperAdminIsOutsideTheWorkspaceHierarchy() {
    assertThat(Role.SUPER_ADMIN.includedRoles()).containsExactly(Role.SUPER_ADMIN);
    assertThat(Role.OWNER.includes(Role.SUPER_ADMIN)).isFalse();
    assertThat(Role.SUPER_ADMIN.isWorkspaceRole()).isFalse();
  }

  @Test
  void anAdminMayInviteAdminsButNotOwners() {
    AuthenticatedUser admin = new AuthenticatedUser(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.ADMIN));

    assertThat(admin.may(Role.ADMIN)).isTrue();
    assertThat(admin.may(Role.STAFF)).isTrue();
    assertThat(admin.may(Role.OWNER)).isFalse();
  }
}
