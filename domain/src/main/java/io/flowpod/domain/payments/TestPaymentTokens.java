package io.flowpod.domain.payments;

import io.flowpod.domain.identity.LinkSecret;
import io.flowpod.domain.platform.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tokens of test payment links, derived as HMAC-SHA256(link secret, "test-payment:" + payable id):
 * unguessable, yet a repeated {@link Payments#request} can answer the same link while the database
 * holds only the token's hash.
 */
@Component
class TestPaymentTokens {

  static final String PATH = "/pay/test/";

  private final LinkSecret secret;

  TestPaymentTokens(LinkSecret secret) {
    this.secret = secret;
  }

  String token(UUID payableId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      byte[] signature = mac.doFinal(("test-payment:" + payableId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  String payUrl(UUID payableId) {
    return PATH + token(payableId);
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }
}
