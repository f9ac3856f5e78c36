package io.flowpod.api.diagnostics;

import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.identity.Role;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;

/** The authenticated caller, checked against the roles an operation admits. */
final class Callers {

  private Callers() {}

  static CurrentUser requireAnyOf(Role... roles) {
    CurrentUser caller = CurrentUser.current()
        .orElseThrow(() -> new AccessDeniedException("No authenticated caller"));
    if (roles.length > 0 && Arrays.stream(roles).noneMatch(caller::has)) {
      throw new AccessDeniedException("Role not admitted");
    }
    return caller;
  }
}
