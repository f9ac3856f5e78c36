package io.flowpod.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tokens for mailed links, derived as HMAC-SHA256(secret, purpose:id). Deriving (rather than storing)
 * the token lets the after-commit mail listener rebuild the link from the record's id alone, so the
 * outbox and the database only ever hold the token's hash.
 */
@Component
class LinkTokens {

  static final String PASSWORD_RESET = "password-reset";
  static final String INVITATION = "invitation";

  private final LinkSecret secret;

  LinkTokens(LinkSecret secret) {
    this.secret = secret;
  }

  String derive(String purpose, UUID id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      byte[] signature = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
