package io.flowpod.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flowpod.security.*}: how access tokens are signed and checked. In embedded mode the signing
 * key and the link secret are generated once into {@code <data-dir>/security/}; in cluster mode they
 * come from {@code jwt.private-key} (PKCS#8 PEM, RSA 2048+) and {@code link-secret} (base64, 32+ bytes),
 * shared by every replica. See docs/operations.md.
 */
@ConfigurationProperties("flowpod.security")
public record SecurityProperties(Jwt jwt, String linkSecret) {

  public SecurityProperties {
    jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
  }

  /** Access-token settings; issuer and audience are checked on every request. */
  public record Jwt(String issuer, String audience, Duration accessTokenTtl, String privateKey) {

    public Jwt {
      issuer = issuer == null ? "flowpod" : issuer;
      audience = audience == null ? "flowpod-api" : audience;
      accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
    }
  }
}
