package io.flowpod.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Encoder and decoder for access tokens. The decoder accepts RS256 only (a token with any other
 * {@code alg}, "none" or HS256 signed with the public key included, fails), then requires our issuer,
 * our audience, an unexpired {@code exp} (30 s clock skew) and the sub, tid and roles claims.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  @Bean
  JwtEncoder jwtEncoder(SigningKeys keys) {
    return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.jwk())));
  }

  @Bean
  JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties properties) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey())
        .signatureAlgorithm(SignatureAlgorithm.RS256)
        .build();
    String audience = properties.jwt().audience();
    List<OAuth2TokenValidator<Jwt>> validators = List.of(
        new JwtTimestampValidator(CLOCK_SKEW),
        new JwtIssuerValidator(properties.jwt().issuer()),
        new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
            aud -> aud != null && aud.contains(audience)),
        new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
        new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
        new JwtClaimValidator<Object>(CurrentUserResolver.TENANT_CLAIM, Objects::nonNull),
        new JwtClaimValidator<Object>(CurrentUserResolver.ROLES_CLAIM, Objects::nonNull));
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
    return decoder;
  }
}
