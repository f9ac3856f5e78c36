package io.flowpod.api.security;

import io.flowpod.api.platform.ClientAddresses;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.domain.tenancy.Tenants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one security filter chain: stateless bearer-token authentication (JWT, see
 * {@link JwtConfiguration}), no sessions, no CSRF (no cookies are used), 401/403 as problem+json, and
 * the tenant of every signed-in request set by {@link TenantRequestFilter}.
 *
 * <p>Public: signup, login, refresh, password reset, invitation acceptance, {@code /api/v1/public/**},
 * {@code /api/v1/webhooks/**} (they verify their own signatures), health and info, the OpenAPI
 * description and Swagger UI, and the static UI pages. {@code /actuator/prometheus} needs ADMIN,
 * SUPER_ADMIN or the metrics scrape token ({@link MetricsScrapeToken}); every other actuator endpoint is closed. Every other path needs a signed-in caller; the
 * identity and admin endpoints below also need a role (roles include lower ones: an OWNER passes
 * {@code hasRole("ADMIN")}). Other capabilities add their role rules with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problemResponses,
      Tenants tenants, ClientAddresses addresses,
      @Value("${flowpod.metrics.scrape-token:}") String scrapeToken) throws Exception {
    SecurityChainProblems problems = new SecurityChainProblems(problemResponses);
    MetricsScrapeToken metricsScrape = new MetricsScrapeToken(scrapeToken);
    http
        .csrf(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(metricsScrape, BearerTokenAuthenticationFilter.class)
        .oauth2ResourceServer(oauth -> oauth
            .bearerTokenResolver(metricsScrape)
            .jwt(jwt -> jwt.jwtAuthenticationConverter(new RoleAuthorities()))
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterAfter(new TenantRequestFilter(tenants, problemResponses, addresses),
            BearerTokenAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(HttpMethod.POST, "/api/v1/auth/signup", "/api/v1/auth/login",
                "/api/v1/auth/refresh", "/api/v1/auth/password-reset",
                "/api/v1/auth/password-reset/**", "/api/v1/auth/invitations/accept").permitAll()
            .requestMatchers("/api/v1/public/**", "/api/v1/webhooks/**").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers(MetricsScrapeToken.PATH)
                .hasAnyRole("ADMIN", "SUPER_ADMIN", MetricsScrapeToken.ROLE)
            .requestMatchers("/actuator/**").denyAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll()
            .requestMatchers("/error").permitAll()
            .requestMatchers("/api/v1/admin/**").hasRole("SUPER_ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/v1/audit-events").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/v1/users/invitations").hasRole("ADMIN")
            .requestMatchers(HttpMethod.PUT, "/api/v1/users/*/role").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/v1/users", "/api/v1/users/**").hasRole("MANAGER")
            .requestMatchers(HttpMethod.GET, "/api/v1/flow-resumptions").hasRole("MANAGER")
            .requestMatchers("/api/v1/dev/mailbox").hasAnyRole("ADMIN", "SUPER_ADMIN")
            .requestMatchers("/api/v1/products/custom-fields").hasRole("ADMIN")
            .requestMatchers(HttpMethod.POST, "/api/v1/products/import").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/api/v1/products/export.csv").hasRole("MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/v1/products").hasRole("MANAGER")
            .requestMatchers(HttpMethod.PUT, "/api/v1/products/*").hasRole("MANAGER")
            .requestMatchers(HttpMethod.DELETE, "/api/v1/products/*").hasRole("MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/v1/stock/adjustments").hasRole("MANAGER")
            .requestMatchers(HttpMethod.GET, "/api/v1/stock/movements").hasRole("MANAGER")
            .requestMatchers("/api/**").authenticated()
            // The storefront, the embedded test payment page and the customer pages (registration,
            // e-mail confirmation, consent withdrawal) are public, per tenant slug.
            .requestMatchers("/shop/**", "/pay/**", "/c/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/", "/*.html", "/assets/**", "/app/**", "/favicon.ico")
                .permitAll()
            .anyRequest().authenticated());
    return http.build();
  }
}
