package io.flowpod.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.flowpod.domain.identity.LinkSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key material of the security layer: the RSA key that signs access tokens (RS256) and the secret
 * that signs mailed links. Cluster mode reads both from configuration; embedded mode generates them
 * once into {@code <flowpod.embedded.data-dir>/security/} (owner-only permissions), so that tokens and
 * links stay valid across restarts.
 */
@Component
class SigningKeys implements LinkSecret {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
  private static final String KEY_FILE = "jwt-signing-key.pem";
  private static final String LINK_SECRET_FILE = "link-secret";
  private static final int MIN_LINK_SECRET_BYTES = 32;

  private final RSAKey jwk;
  private final byte[] linkSecret;

  SigningKeys(SecurityProperties properties, Environment env) {
    boolean embedded = "embedded".equals(env.getProperty("flowpod.mode", "embedded"));
    Path dir = Path.of(env.getProperty("flowpod.embedded.data-dir", "data")).toAbsolutePath()
        .resolve("security");
    String pem = properties.jwt().privateKey();
    if (pem == null || pem.isBlank()) {
      requireEmbedded(embedded, "flowpod.security.jwt.private-key (FLOWPOD_JWT_PRIVATE_KEY)");
      pem = readOrCreate(dir.resolve(KEY_FILE), SigningKeys::newPrivateKeyPem);
    }
    this.jwk = rsaKey(pem);
    String secret = properties.linkSecret();
    if (secret == null || secret.isBlank()) {
      requireEmbedded(embedded, "flowpod.security.link-secret (FLOWPOD_LINK_SECRET)");
      secret = readOrCreate(dir.resolve(LINK_SECRET_FILE), SigningKeys::newLinkSecret);
    }
    this.linkSecret = Base64.getDecoder().decode(secret.strip());
    if (linkSecret.length < MIN_LINK_SECRET_BYTES) {
      throw new IllegalStateException("flowpod.security.link-secret must be at least "
          + MIN_LINK_SECRET_BYTES + " bytes, base64-encoded");
    }
  }

  /** The signing key (private and public parts) with its key id. */
  RSAKey jwk() {
    return jwk;
  }

  RSAPublicKey publicKey() {
    try {
      return jwk.toRSAPublicKey();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public byte[] bytes() {
    return linkSecret.clone();
  }

  private static void requireEmbedded(boolean embedded, String property) {
    if (!embedded) {
      throw new IllegalStateException("Cluster mode needs " + property + "; see docs/operations.md");
    }
  }

  private static String readOrCreate(Path file, java.util.function.Supplier<String> generator) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII);
      }
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        log.debug("File system without POSIX permissions; {} keeps default permissions", file);
      }
      Files.writeString(temp, generator.get(), StandardCharsets.US_ASCII);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      log.info("Generated {} (keep it: tokens and mailed links depend on it)", file);
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }

  private static String newPrivateKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
  }

  private static String newLinkSecret() {
    byte[] bytes = new byte[MIN_LINK_SECRET_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes) + "\n";
  }

  /** PKCS#8 PEM to a Nimbus RSA key; the key id is derived from the public key. */
  static RSAKey rsaKey(String pem) {
    try {
      String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
      KeyFactory factory = KeyFactory.getInstance("RSA");
      RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
          new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
          new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE).build();
      return new RSAKey.Builder(withoutId).keyID(withoutId.computeThumbprint().toString()).build();
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException | JOSEException e) {
      throw new IllegalStateException(
          "flowpod.security.jwt.private-key is not an RSA private key in PKCS#8 PEM", e);
    }
  }
}
