package io.flowpod.api.identity;

import io.flowpod.api.security.AccessTokens.AccessToken;
import io.flowpod.domain.identity.Session;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of /api/v1/auth. Records holding secrets never print them. */
final class AuthDtos {

  private AuthDtos() {}

  @Schema(description = "A new workspace and its owner")
  record SignupRequest(
      @Schema(example = "Corner Bakery") String workspaceName,
      @Schema(description = "3-40 lowercase letters, digits, hyphens; unique", example = "corner-bakery")
      String workspaceSlug,
      @Schema(description = "IANA time zone", example = "Europe/Berlin") String timeZone,
      @Schema(description = "ISO 4217", example = "EUR") String currency,
      @Schema(description = "BCP 47 language tag", example = "de-DE") String locale,
      @Schema(example = "Ada Baker") String ownerName,
      @Schema(example = "ada@corner-bakery.example") String email,
      @Schema(description = "At least 10 characters", format = "password") String password) {

    @Override
    public String toString() {
      return "SignupRequest[workspaceSlug=" + workspaceSlug + "]";
    }
  }

  record LoginRequest(String email, @Schema(format = "password") String password) {
    @Override
    public String toString() {
      return "LoginRequest[***]";
    }
  }

  record RefreshRequest(String refreshToken) {
    @Override
    public String toString() {
      return "RefreshRequest[***]";
    }
  }

  record PasswordResetRequest(String email) {
    @Override
    public String toString() {
      return "PasswordResetRequest[***]";
    }
  }

  record PasswordResetConfirmation(String token, @Schema(format = "password") String newPassword) {
    @Override
    public String toString() {
      return "PasswordResetConfirmation[***]";
    }
  }

  record InvitationAcceptance(String token,
      @Schema(description = "Optional when the invitation named the invitee") String displayName,
      @Schema(format = "password") String password) {
    @Override
    public String toString() {
      return "InvitationAcceptance[***]";
    }
  }

  @Schema(description = "A signed-in session")
  record TokenResponse(String accessToken, String refreshToken,
      @Schema(example = "Bearer") String tokenType,
      @Schema(description = "Seconds until the access token expires") long expiresIn) {

    static TokenResponse of(Session session, AccessToken access) {
      return new TokenResponse(access.value(), session.refreshToken(), "Bearer", access.expiresIn());
    }

    @Override
    public String toString() {
      return "TokenResponse[***]";
    }
  }

  @Schema(description = "A new account, signed in")
  record AccountResponse(UUID tenantId, UUID userId, String accessToken, String refreshToken,
      String tokenType, long expiresIn) {

    static AccountResponse of(UUID tenantId, UUID userId, Session session, AccessToken access) {
      return new AccountResponse(tenantId, userId, access.value(), session.refreshToken(), "Bearer",
          access.expiresIn());
    }

    @Override
    public String toString() {
      return "AccountResponse[tenantId=" + tenantId + ", userId=" + userId + "]";
    }
  }

  record MeResponse(UUID userId, UUID tenantId, String tenantSlug, String tenantName, String email,
      String displayName, List<String> roles) {}
}
