package io.flowpod.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class SigningKeysTest {

  @TempDir
  Path dataDir;

  private SigningKeys embedded(SecurityProperties properties) {
    return new SigningKeys(properties, new MockEnvironment()
        .withProperty("flowpod.mode", "embedded")
        .withProperty("flowpod.embedded.data-dir", dataDir.toString()));
  }

  private static SecurityProperties none() {
    return new SecurityProperties(null, null);
  }

  @Test
  void embeddedModeGeneratesKeysOnceAndKeepsThemAcrossRestarts() throws Exception {
    SigningKeys first = embedded(none());
    SigningKeys second = embedded(none());

    assertThat(second.jwk().getKeyID()).isEqualTo(first.jwk().getKeyID());
    assertThat(second.publicKey()).isEqualTo(first.publicKey());
    assertThat(second.bytes()).isEqualTo(first.bytes()).hasSizeGreaterThanOrEqualTo(32);
    Path key = dataDir.resolve("security/jwt-signing-key.pem");
    assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
  }

  @Test
  void configuredKeyMaterialWinsAndIsReadFromPem() throws Exception {
    SigningKeys generated = embedded(none());
    String pem = Files.readString(dataDir.resolve("security/jwt-signing-key.pem"));
    String secret = Files.readString(dataDir.resolve("security/link-secret"));

    SigningKeys configured = new SigningKeys(
        new SecurityProperties(new SecurityProperties.Jwt(null, null, null, pem), secret),
        new MockEnvironment().withProperty("flowpod.mode", "cluster"));

    assertThat(configured.jwk().getKeyID()).isEqualTo(generated.jwk().getKeyID());
    assertThat(configured.bytes()).isEqualTo(generated.bytes());
  }

  @Test
  void clusterModeWithoutKeysRefusesToStart() {
    assertThatThrownBy(() -> new SigningKeys(none(),
        new MockEnvironment().withProperty("flowpod.mode", "cluster")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("flowpod.security.jwt.private-key");
  }

  @Test
  void badKeyMaterialIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> SigningKeys.rsaKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
        .hasMessageContaining("PKCS#8 PEM");
    assertThatThrownBy(() -> embedded(new SecurityProperties(null, "c2hvcnQ=")))
        .hasMessageContaining("at least 32 bytes");
  }
}
