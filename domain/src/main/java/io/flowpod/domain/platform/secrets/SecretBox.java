package io.flowpod.domain.platform.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets for storage with AES-256-GCM under the master key {@code flowpod.secrets.key}
 * (base64, 32 bytes; embedded mode generates one into its data directory). The stored form is
 * {@code v1:<base64(nonce || ciphertext+tag)>}; the associated data binds a ciphertext to its purpose
 * and owner (e.g. "stripe-secret-key:<tenant>"), so a value copied into another row or workspace does
 * not decrypt. Without a configured key, storing or reading a secret fails with an error naming the
 * property; nothing else needs it.
 */
@Component
public class SecretBox {

  private static final String VERSION = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  public SecretBox(@Value("${flowpod.secrets.key:}") String base64Key) {
    this.key = base64Key == null || base64Key.isBlank() ? null : keyOf(base64Key.strip());
  }

  /** Whether a master key is configured, so that secrets can be stored. */
  public boolean available() {
    return key != null;
  }

  /** The stored form of {@code secret}, bound to {@code context}. */
  public String seal(String secret, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
      return VERSION + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /** The secret sealed with the same {@code context}; fails if it was altered or sealed elsewhere. */
  public String open(String stored, String context) {
    if (stored == null || !stored.startsWith(VERSION)) {
      throw new IllegalArgumentException("Not a sealed secret");
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE,
          java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES), context);
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException("A stored secret does not decrypt with flowpod.secrets.key "
          + "(wrong key, or the value was altered)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  /**
   * What may be shown of a secret: its prefix up to the last underscore and its last four characters,
   * e.g. {@code sk_test_…4242}; only "…" plus the last four for secrets without a prefix.
   */
  public static String hint(String secret) {
    if (secret == null || secret.length() < 12) {
      return "…";
    }
    int underscore = secret.lastIndexOf('_', secret.length() - 5);
    String prefix = underscore < 0 || underscore > 12 ? "" : secret.substring(0, underscore + 1);
    return prefix + "…" + secret.substring(secret.length() - 4);
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    if (key == null) {
      throw new IllegalStateException("No master key for stored secrets: set flowpod.secrets.key "
          + "(FLOWPOD_SECRETS_KEY, 32 random bytes in base64), see docs/operations.md");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static SecretKeySpec keyOf(String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("flowpod.secrets.key is not valid base64", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("flowpod.secrets.key must be 32 bytes (AES-256), base64-encoded; got "
          + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
