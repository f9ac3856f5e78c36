package io.flowpod.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus server scrape {@code /actuator/prometheus} with a static bearer token
 * ({@code flowpod.metrics.scrape-token}) instead of a user's access token, which expires after 15
 * minutes. On that path, a matching token authenticates the caller with role {@value #ROLE} and is
 * kept away from the JWT check; any other bearer goes on to the JWT check as before. An empty token
 * turns this off.
 */
final class MetricsScrapeToken extends OncePerRequestFilter implements BearerTokenResolver {

  static final String ROLE = "METRICS_SCRAPER";
  static final String PATH = "/actuator/prometheus";

  private final DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
  private final byte[] token;

  MetricsScrapeToken(String token) {
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String resolve(HttpServletRequest request) {
    String bearer = bearerTokens.resolve(request);
    return isScrape(request, bearer) ? null : bearer;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (isScrape(request, bearerOrNull(request))) {
      SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
          .authenticated("metrics-scraper", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
    }
    chain.doFilter(request, response);
  }

  private String bearerOrNull(HttpServletRequest request) {
    try {
      return bearerTokens.resolve(request);
    } catch (OAuth2AuthenticationException malformed) {
      return null; // the JWT check answers it
    }
  }

  private boolean isScrape(HttpServletRequest request, String bearer) {
    return token != null && bearer != null
        && request.getRequestURI().equals(request.getContextPath() + PATH)
        && MessageDigest.isEqual(token, bearer.getBytes(StandardCharsets.UTF_8));
  }
}
