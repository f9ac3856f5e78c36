package io.flowpod.app.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.flowpod.app.identity.IdentityApi.Account;
import io.flowpod.app.support.FlowPodIntegrationTest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Tokens signed with FlowPod's own key but with the wrong audience, issuer, algorithm or expiry, and
 * tokens not signed by it at all, are refused with 401.
 */
@FlowPodIntegrationTest
class AccessTokenValidationTest {

  @LocalServerPort
  int port;
  @Autowired
  JwtEncoder encoder;
  IdentityApi api;
  Account owner;

  @BeforeEach
  void setUp() {
    api = new IdentityApi(port);
    owner = api.signup();
  }

  @Test
  void aWellFormedTokenIsAccepted() {
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS256, claims -> { })).expect(200);
  }

  @Test
  void wrongAudienceIsRefused() {
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS256,
        claims -> claims.audience(List.of("someone-else")))).expectProblem(401);
  }

  @Test
  void wrongIssuerIsRefused() {
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS256,
        claims -> claims.issuer("https://evil.example"))).expectProblem(401);
  }

  @Test
  void expiredTokenIsRefused() {
    Instant past = Instant.now().minusSeconds(600);
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS256,
        claims -> claims.issuedAt(past.minusSeconds(900)).expiresAt(past))).expectProblem(401);
  }

  @Test
  void anotherAlgorithmWithOurKeyIsRefused() {
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS512, claims -> { })).expectProblem(401);
  }

  @Test
  void hmacUnsignedAndForeignKeyTokensAreRefused() throws Exception {
    JWTClaimsSet claims = nimbusClaims();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    hmac.sign(new MACSigner(secret));
    SignedJWT foreign = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
    foreign.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

    api.get("/api/v1/auth/me", hmac.serialize()).expectProblem(401);
    api.get("/api/v1/auth/me", new PlainJWT(claims).serialize()).expectProblem(401);
    api.get("/api/v1/auth/me", foreign.serialize()).expectProblem(401);
    api.get("/api/v1/auth/me", "not.a.jwt").expectProblem(401);
  }

  @Test
  void aTokenWithoutTenantIsRefused() {
    api.get("/api/v1/auth/me", sign(SignatureAlgorithm.RS256,
        claims -> claims.claims(map -> map.remove("tid")))).expectProblem(401);
  }

  private String sign(SignatureAlgorithm algorithm, Consumer<JwtClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
        .issuer("flowpod")
        .audience(List.of("flowpod-api"))
        .subject(owner.userId().toString())
        .issuedAt(now)
        .expiresAt(now.plusSeconds(300))
        .id(UUID.randomUUID().toString())
        .claim("tid", owner.tenantId().toString())
        .claim("roles", List.of("OWNER"));
    change.accept(claims);
    return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(algorithm).build(), claims.build()))
        .getTokenValue();
  }

  private JWTClaimsSet nimbusClaims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer("flowpod")
        .audience("flowpod-api")
        .subject(owner.userId().toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString())
        .claim("tid", owner.tenantId().toString())
        .claim("roles", List.of("OWNER"))
        .build();
  }
}
