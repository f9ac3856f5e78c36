package io.flowpod.api.identity;

import io.flowpod.domain.identity.Invitation;
import io.flowpod.domain.identity.User;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of /api/v1/users. */
final class UserDtos {

  private UserDtos() {}

  record InvitationRequest(
      @Schema(example = "sam@corner-bakery.example") String email,
      @Schema(allowableValues = {"OWNER", "ADMIN", "MANAGER", "STAFF"}) String role,
      @Schema(description = "Optional name to greet the invitee with") String displayName) {}

  record InvitationResponse(UUID id, String email, String role, String displayName, UUID invitedBy,
      Instant createdAt, Instant expiresAt) {

    static InvitationResponse of(Invitation invitation) {
      return new InvitationResponse(invitation.id(), invitation.email(), invitation.role().name(),
          invitation.displayName(), invitation.invitedBy(), invitation.createdAt(),
          invitation.expiresAt());
    }
  }

  record UserResponse(UUID id, String email, String displayName, String role, Instant createdAt) {

    static UserResponse of(User user) {
      return new UserResponse(user.id(), user.email(), user.displayName(), user.role().name(),
          user.createdAt());
    }
  }

  record RoleChange(@Schema(allowableValues = {"OWNER", "ADMIN", "MANAGER", "STAFF"}) String role) {}
}
