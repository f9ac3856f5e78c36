package io.flowpod.api.security;

import io.flowpod.domain.identity.AuthenticatedUser;
import io.flowpod.domain.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Mints short-lived RS256 access tokens: sub = user id, tid = tenant id, roles = role names, plus
 * iss, aud, iat, exp and a unique jti.
 */
@Component
public class AccessTokens {

  /** A minted token and how many seconds it stays valid. */
  public record AccessToken(String value, long expiresIn) {}

  private final JwtEncoder encoder;
  private final SigningKeys keys;
  private final SecurityProperties.Jwt settings;
  private final Clock clock;

  AccessTokens(JwtEncoder encoder, SigningKeys keys, SecurityProperties properties, Clock clock) {
    this.encoder = encoder;
    this.keys = keys;
    this.settings = properties.jwt();
    this.clock = clock;
  }

  public AccessToken mint(AuthenticatedUser user) {
    Instant now = Instant.now(clock);
    Duration ttl = settings.accessTokenTtl();
    JwtClaimsSet claims = JwtClaimsSet.builder()
        .issuer(settings.issuer())
        .audience(List.of(settings.audience()))
        .subject(user.userId().toString())
        .issuedAt(now)
        .expiresAt(now.plus(ttl))
        .id(UUID.randomUUID().toString())
        .claim(CurrentUserResolver.TENANT_CLAIM, user.tenantId().toString())
        .claim(CurrentUserResolver.ROLES_CLAIM, user.roles().stream().map(Role::name).sorted().toList())
        .build();
    JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.jwk().getKeyID()).type("JWT").build();
    return new AccessToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(),
        ttl.toSeconds());
  }
}
