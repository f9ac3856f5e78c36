package io.flowpod.api.security;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The bearer scheme every protected operation refers to with
 * {@code @SecurityRequirement(name = OpenApiSecurity.BEARER)}; each operation's description starts
 * with the roles it needs ("Roles: ...").
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiSecurity.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
    bearerFormat = "JWT",
    description = "Access token from POST /api/v1/auth/login, /signup or /refresh (valid 15 minutes)")
public class OpenApiSecurity {

  public static final String BEARER = "bearer";
}
