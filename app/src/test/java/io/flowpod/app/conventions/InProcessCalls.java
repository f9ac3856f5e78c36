package io.flowpod.app.conventions;

import io.flowpod.domain.identity.Role;
import io.flowpod.domain.platform.TenantContext;
import jakarta.servlet.Filter;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the running application's Spring MVC layer in-process (real controllers, interceptors,
 * services and database) as a given caller, without the security filter chain: the caller's token
 * is placed where the identity capability's filters would put it (security context and tenant
 * context). For conventions that need an authenticated caller but are not about authentication.
 */
final class InProcessCalls {

  private InProcessCalls() {}

  static MockMvc mvc(WebApplicationContext context, Filter... filters) {
    return MockMvcBuilders.webAppContextSetup(context).addFilters(filters).build();
  }

  static <T> T as(UUID tenantId, Role role, Callable<T> call) throws Exception {
    Jwt token = Jwt.withTokenValue("in-process")
        .header("alg", "none")
        .subject(UUID.randomUUID().toString())
        .claim("tid", tenantId.toString())
        .claim("roles", Arrays.asList(role.name()))
        .build();
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    TenantContext.set(tenantId);
    try {
      return call.call();
    } finally {
      TenantContext.clear();
      SecurityContextHolder.clearContext();
    }
  }
}
