package io.flowpod.domain.identity;

import io.flowpod.domain.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque bearer secrets: 256 random bits, URL-safe; stored only as their SHA-256 hash. */
final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretTokens() {}

  static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Lower-case hex SHA-256 of the token, the only form in which a token is stored. */
  static String hash(String token) {
    return Sha256.hex(token);
  }
}
