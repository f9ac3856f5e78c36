package io.flowpod.domain.conversations;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Constant-time checks of what providers send to prove a delivery is theirs. */
final class WebhookSecrets {

  private static final String SHA256_PREFIX = "sha256=";

  private WebhookSecrets() {}

  /** Whether {@code header} is {@code sha256=<hex HMAC-SHA256(secret, body)>}. */
  static boolean validHmacSha256(String secret, byte[] body, String header) {
    if (secret == null || secret.isEmpty() || header == null || !header.startsWith(SHA256_PREFIX)) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = HexFormat.of().parseHex(header.substring(SHA256_PREFIX.length()).toLowerCase());
    } catch (IllegalArgumentException e) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return MessageDigest.isEqual(mac.doFinal(body), claimed);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** Whether two secrets are equal, in time independent of where they differ. */
  static boolean same(String expected, String given) {
    return expected != null && !expected.isEmpty() && given != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8));
  }
}
