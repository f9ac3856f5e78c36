package io.flowpod.api.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowpod.api.platform.ClientAddresses;
import io.flowpod.api.platform.RequestPaths;
import io.flowpod.api.problem.ProblemResponses;
import io.flowpod.domain.platform.Sha256;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client-address limits on the anonymous paths, before Spring Security so that no credential
 * check, token parse or database lookup runs for a refused request:
 * {@code /api/v1/public/**} (falls back to in-process buckets without Redis) and
 * {@code /api/v1/auth/**} (fails closed with 503 without Redis). {@code POST /api/v1/auth/login} also
 * counts failed logins (401) per address and per e-mail address and address; once either bucket is
 * empty, further attempts are refused without checking the password. The e-mail address is hashed
 * before it becomes a key.
 */
class ClientRateLimitFilter extends OncePerRequestFilter {

  static final String PUBLIC_PREFIX = "/api/v1/public/";
  static final String AUTH_PREFIX = "/api/v1/auth/";
  /** Authenticated, called on every page load: it counts against its tenant, like the rest of the API. */
  static final String ME = "/api/v1/auth/me";
  static final String LOGIN_PATH = "/api/v1/auth/login";

  private final RateLimiter limiter;
  private final RateLimitProperties properties;
  private final ClientAddresses addresses;
  private final ProblemResponses problems;
  private final ObjectMapper json;
  private final long maxBodyBytes;

  ClientRateLimitFilter(RateLimiter limiter, RateLimitProperties properties,
      ClientAddresses addresses, ProblemResponses problems, ObjectMapper json, long maxBodyBytes) {
    this.limiter = limiter;
    this.properties = properties;
    this.addresses = addresses;
    this.problems = problems;
    this.json = json;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Sign-up, login, refresh, logout, resets and invitations: limited per client address. */
  static boolean isAuthEndpoint(String path) {
    return path.startsWith(AUTH_PREFIX) && !path.equals(ME);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return !properties.isEnabled() || !(path.startsWith(PUBLIC_PREFIX) || isAuthEndpoint(path));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String client = addresses.of(request);
    String path = RequestPaths.of(request);
    LimitPolicy policy = isAuthEndpoint(path) ? LimitPolicy.AUTH : LimitPolicy.PUBLIC_API;
    Decision decision = limiter.consume(policy, client);
    if (!decision.allowed()) {
      refuse(request, response, decision);
      return;
    }
    if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path)) {
      login(request, response, chain, client, decision);
      return;
    }
    RateLimitHeaders.apply(response, decision);
    chain.doFilter(request, response);
  }

  private void login(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
      String client, Decision general) throws ServletException, IOException {
    CachedBodyRequest cached =
        CachedBodyRequest.readOrRefuse(request, response, maxBodyBytes, problems).orElse(null);
    if (cached == null) {
      return;
    }
    String emailKey = emailKey(cached.body(), client);
    Decision decision = general.tighter(limiter.peek(LimitPolicy.LOGIN_IP, client));
    if (emailKey != null) {
      decision = decision.tighter(limiter.peek(LimitPolicy.LOGIN_EMAIL, emailKey));
    }
    if (!decision.allowed()) {
      refuse(request, response, decision);
      return;
    }
    RateLimitHeaders.apply(response, decision);
    chain.doFilter(cached, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      limiter.recordFailure(LimitPolicy.LOGIN_IP, client);
      if (emailKey != null) {
        limiter.recordFailure(LimitPolicy.LOGIN_EMAIL, emailKey);
      }
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Decision decision)
      throws IOException {
    RateLimitHeaders.apply(response, decision);
    problems.write(request, response, RateLimitHeaders.refusal(decision));
  }

  /** A hash of the normalised e-mail address and the client address; null without an address. */
  private String emailKey(byte[] body, String client) {
    JsonNode email;
    try {
      email = json.readTree(body).path("email");
    } catch (IOException | RuntimeException unreadable) {
      return null; // the login endpoint answers the malformed body itself
    }
    if (!email.isTextual() || email.asText().isBlank()) {
      return null;
    }
    return Sha256.hex(email.asText().strip().toLowerCase(Locale.ROOT) + "|" + client);
  }

}
