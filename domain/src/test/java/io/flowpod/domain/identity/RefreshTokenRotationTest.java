package io.flowpod.domain.identity;

import static io.flowpod.domain.identity.RefreshTokenRotation.Decision.REFUSE;
import static io.flowpod.domain.identity.RefreshTokenRotation.Decision.REVOKE_FAMILY;
import static io.flowpod.domain.identity.RefreshTokenRotation.Decision.ROTATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenRotationTest {

  private static final Instant ISSUED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(14));

  private static StoredRefreshToken token(Instant usedAt, Instant revokedAt) {
    return new StoredRefreshToken(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), ISSUED, EXPIRES, usedAt, revokedAt);
  }

  @Test
  void aFreshTokenRotates() {
    assertThat(RefreshTokenRotation.decide(token(null, null), ISSUED.plusSeconds(60))).isEqualTo(ROTATE);
  }

  @Test
  void aUsedTokenPresentedAgainRevokesTheFamily() {
    assertThat(RefreshTokenRotation.decide(token(ISSUED.plusSeconds(5), null), ISSUED.plusSeconds(60)))
        .isEqualTo(REVOKE_FAMILY);
  }

  @Test
  void aUsedTokenAfterExpiryStillCountsAsReuse() {
    assertThat(RefreshTokenRotation.decide(token(ISSUED.plusSeconds(5), null), EXPIRES.plusSeconds(1)))
        .isEqualTo(REVOKE_FAMILY);
  }

  @Test
  void anExpiredTokenIsRefusedFromItsExpiryInstantOn() {
    assertThat(RefreshTokenRotation.decide(token(null, null), EXPIRES)).isEqualTo(REFUSE);
    assertThat(RefreshTokenRotation.decide(token(null, null), EXPIRES.minusMillis(1))).isEqualTo(ROTATE);
  }

  @Test
  void aRevokedTokenIsRefusedWhetherUsedOrNot() {
    Instant revoked = ISSUED.plusSeconds(30);
    assertThat(RefreshTokenRotation.decide(token(null, revoked), ISSUED.plusSeconds(60))).isEqualTo(REFUSE);
    assertThat(RefreshTokenRotation.decide(token(ISSUED.plusSeconds(5), revoked), ISSUED.plusSeconds(60)))
        .isEqualTo(REFUSE);
  }
}
