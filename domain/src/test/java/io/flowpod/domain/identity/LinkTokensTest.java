package io.flowpod.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theSameRecordAlwaysGivesTheSameToken() {
    UUID id = UUID.randomUUID();

    assertThat(new LinkTokens(() -> SECRET).derive(LinkTokens.INVITATION, id))
        .isEqualTo(new LinkTokens(() -> SECRET).derive(LinkTokens.INVITATION, id))
        .matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void purposeIdAndSecretAllChangeTheToken() {
    LinkTokens tokens = new LinkTokens(() -> SECRET);
    UUID id = UUID.randomUUID();
    String token = tokens.derive(LinkTokens.INVITATION, id);

    assertThat(tokens.derive(LinkTokens.PASSWORD_RESET, id)).isNotEqualTo(token);
    assertThat(tokens.derive(LinkTokens.INVITATION, UUID.randomUUID())).isNotEqualTo(token);
    byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    assertThat(new LinkTokens(() -> other).derive(LinkTokens.INVITATION, id)).isNotEqualTo(token);
  }

  @Test
  void secretTokensAreRandomAndStoredAsSha256() {
    String token = SecretTokens.random();

    assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(SecretTokens.random());
    assertThat(SecretTokens.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
