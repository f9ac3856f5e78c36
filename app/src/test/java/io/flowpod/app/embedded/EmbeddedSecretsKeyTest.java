package io.flowpod.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded master key for stored secrets: generated once, owner-only, stable across starts. */
class EmbeddedSecretsKeyTest {

  @TempDir
  Path dataDir;

  @Test
  void theKeyIsGeneratedOnceOwnerOnlyAndKeptAcrossStarts() throws Exception {
    String first = EmbeddedSecretsKey.readOrCreate(dataDir);
    String second = EmbeddedSecretsKey.readOrCreate(dataDir);

    assertThat(second).isEqualTo(first);
    assertThat(Base64.getDecoder().decode(first)).hasSize(32);
    Path file = dataDir.resolve("security/secrets-key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }
}
