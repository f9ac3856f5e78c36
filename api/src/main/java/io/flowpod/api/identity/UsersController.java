package io.flowpod.api.identity;

import io.flowpod.api.concurrency.ETags;
import io.flowpod.api.concurrency.IfMatch;
import io.flowpod.api.identity.UserDtos.InvitationRequest;
import io.flowpod.api.identity.UserDtos.InvitationResponse;
import io.flowpod.api.identity.UserDtos.RoleChange;
import io.flowpod.api.identity.UserDtos.UserResponse;
import io.flowpod.api.paging.Page;
import io.flowpod.api.paging.PageRequest;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.identity.AuthenticatedUser;
import io.flowpod.domain.identity.IdentityException;
import io.flowpod.domain.identity.Invitation;
import io.flowpod.domain.identity.InvitationCommand;
import io.flowpod.domain.identity.Role;
import io.flowpod.domain.identity.User;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.identity.Invitations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's users and invitations. Another workspace's user ids answer 404. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersController {

  private final Users users;
  private final Invitations invitations;

  UsersController(Users users, Invitations invitations) {
    this.users = users;
    this.invitations = invitations;
  }

  @PostMapping("/invitations")
  @Operation(summary = "Invite someone into the workspace",
      description = "Roles: OWNER, ADMIN (an ADMIN cannot invite an OWNER: 403). Mails a link valid "
          + "for 7 days. 409 when the email already has an account.")
  ResponseEntity<InvitationResponse> invite(@RequestBody InvitationRequest request,
      CurrentUser caller) {
    Invitation invitation = invitations.invite(
        new InvitationCommand(request.email(), role(request.role()), request.displayName()),
        actor(caller));
    return ResponseEntity.created(URI.create("/api/v1/users/invitations/" + invitation.id()))
        .body(InvitationResponse.of(invitation));
  }

  @GetMapping
  @Operation(summary = "The workspace's users, oldest first",
      description = "Roles: OWNER, ADMIN, MANAGER. Paged: ?page= (from 0), ?size= (default 20, max 100).")
  Page<UserResponse> list(PageRequest page) {
    return Page.from(users.list(page.page(), page.size())).map(UserResponse::of);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One user of the workspace",
      description = "Roles: OWNER, ADMIN, MANAGER. Answers ETag: send it as If-Match to change the "
          + "user's role.")
  ResponseEntity<UserResponse> get(@PathVariable UUID id) {
    return withETag(users.find(id).orElseThrow(UsersController::notFound));
  }

  @PutMapping("/{id}/role")
  @Operation(summary = "Change a user's role",
      description = "Roles: OWNER, ADMIN (an ADMIN cannot make or change an OWNER: 403; nobody changes "
          + "their own role: 409). Requires If-Match with the ETag of GET /api/v1/users/{id}: 428 "
          + "without it, 412 when the user changed since, 409 when a concurrent change got there "
          + "first. Answers the user with the next ETag.")
  ResponseEntity<UserResponse> changeRole(@PathVariable UUID id, IfMatch ifMatch,
      @RequestBody RoleChange request, CurrentUser caller) {
    User current = users.find(id).orElseThrow(UsersController::notFound);
    ifMatch.verify(current.version());
    return withETag(users.changeRole(id, role(request.role()), current.version(), actor(caller)));
  }

  private static ResponseEntity<UserResponse> withETag(User user) {
    return ResponseEntity.ok().eTag(ETags.of(user.version())).body(UserResponse.of(user));
  }

  static AuthenticatedUser actor(CurrentUser caller) {
    return new AuthenticatedUser(caller.userId(), caller.tenantId(), caller.roles());
  }

  // Unknown names become null, which the domain reports as an invalid role with the other fields.
  private static Role role(String name) {
    for (Role role : Role.values()) {
      if (role.isWorkspaceRole() && role.name().equals(name)) {
        return role;
      }
    }
    return null;
  }

  private static IdentityException notFound() {
    return new IdentityException(IdentityException.Reason.USER_NOT_FOUND, "No such user");
  }
}
