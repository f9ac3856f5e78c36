package io.flowpod.domain.identity;

import java.time.Instant;

/**
 * A signed-in session: the user and the opaque refresh token (shown to the client once, stored only
 * hashed). The web layer mints the short-lived access token from {@link #user()}.
 */
public record Session(AuthenticatedUser user, String refreshToken, Instant refreshTokenExpiresAt) {

  static Session of(User user, RefreshTokenStore.Issued token) {
    return new Session(AuthenticatedUser.of(user), token.token(), token.expiresAt());
  }
}
