package io.flowpod.api.conventions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import io.flowpod.domain.identity.Role;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Access tokens as the identity capability issues them: sub = user, tid = tenant, roles. */
public final class Callers {

  private Callers() {}

  public static RequestPostProcessor as(UUID tenantId, Role... roles) {
    return as(UUID.randomUUID(), tenantId, roles);
  }

  public static RequestPostProcessor as(UUID userId, UUID tenantId, Role... roles) {
    return jwt().jwt(token -> token
        .subject(userId.toString())
        .claim("tid", tenantId.toString())
        .claim("roles", Arrays.stream(roles).map(Role::name).toList()));
  }
}
