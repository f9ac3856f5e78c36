package io.flowpod.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The master key for secrets stored in the database ({@code flowpod.secrets.key}, AES-256), generated
 * once into {@code <data-dir>/security/secrets-key} (owner-only) and read from there at every start:
 * losing it makes stored provider credentials unreadable. A configured key (FLOWPOD_SECRETS_KEY) wins,
 * since the runtime's properties rank below the environment.
 */
final class EmbeddedSecretsKey {

  static final String PROPERTY = "flowpod.secrets.key";
  private static final String FILE = "secrets-key";

  private EmbeddedSecretsKey() {}

  static String readOrCreate(Path dataDir) {
    Path file = dataDir.resolve("security").resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: default permissions
        }
        Files.writeString(temp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          Files.deleteIfExists(temp);
        }
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create " + file, e);
    }
  }
}
