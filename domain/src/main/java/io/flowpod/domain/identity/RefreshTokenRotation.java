package io.flowpod.domain.identity;

import java.time.Instant;

/**
 * What presenting a refresh token means. A token is good for exactly one rotation; presenting it
 * again after that can only mean it leaked (or a client kept a stale copy), so the whole family is
 * revoked and the legitimate holder must sign in again (OAuth 2.0 Security BCP, refresh token
 * rotation).
 */
final class RefreshTokenRotation {

  enum Decision {
    /** Unused, unexpired, unrevoked: mark it used and issue its successor in the same family. */
    ROTATE,
    /** Already used and the family still alive: revoke the family, refuse. */
    REVOKE_FAMILY,
    /** Revoked or expired: refuse, change nothing. */
    REFUSE
  }

  private RefreshTokenRotation() {}

  static Decision decide(StoredRefreshToken token, Instant now) {
    if (token.revokedAt() != null) {
      return Decision.REFUSE;
    }
    if (token.usedAt() != null) {
      return Decision.REVOKE_FAMILY;
    }
    if (!now.isBefore(token.expiresAt())) {
      return Decision.REFUSE;
    }
    return Decision.ROTATE;
  }
}
