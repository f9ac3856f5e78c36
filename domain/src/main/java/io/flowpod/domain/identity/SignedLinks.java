package io.flowpod.domain.identity;

import io.flowpod.domain.platform.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * Stateless signed tokens for links sent to customers (registration, consent withdrawal, e-mail
 * confirmation, data exports): {@code base64url(id:expiresEpochSecond).base64url(HMAC)} where the
 * HMAC-SHA256 under the link secret covers the purpose, the current workspace, the id and the expiry.
 * A token for one purpose or workspace does not verify for another. Single use, where needed, is the
 * caller's business (a used-at column on the row the id names).
 */
@Service
public class SignedLinks {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final LinkSecret secret;

  SignedLinks(LinkSecret secret) {
    this.secret = secret;
  }

  /** A token naming {@code id} for {@code purpose} in the current workspace, valid until {@code expiresAt}. */
  public String sign(String purpose, UUID id, Instant expiresAt) {
    String payload = id + ":" + expiresAt.getEpochSecond();
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
        + ENCODER.encodeToString(mac(purpose, payload));
  }

  /** The id the token names, if it was signed here for this purpose and workspace and has not expired. */
  public Optional<UUID> verify(String purpose, String token, Instant now) {
    if (token == null || token.length() > 512) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac(purpose, payload), signature)) {
        return Optional.empty();
      }
      int colon = payload.lastIndexOf(':');
      if (Instant.ofEpochSecond(Long.parseLong(payload.substring(colon + 1))).isBefore(now)) {
        return Optional.empty();
      }
      return Optional.of(UUID.fromString(payload.substring(0, colon)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String purpose, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      return mac.doFinal((purpose + ":" + TenantContext.require() + ":" + payload)
          .getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
