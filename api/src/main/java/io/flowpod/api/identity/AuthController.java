package io.flowpod.api.identity;

import io.flowpod.api.identity.AuthDtos.AccountResponse;
import io.flowpod.api.identity.AuthDtos.InvitationAcceptance;
import io.flowpod.api.identity.AuthDtos.LoginRequest;
import io.flowpod.api.identity.AuthDtos.MeResponse;
import io.flowpod.api.identity.AuthDtos.PasswordResetConfirmation;
import io.flowpod.api.identity.AuthDtos.PasswordResetRequest;
import io.flowpod.api.identity.AuthDtos.RefreshRequest;
import io.flowpod.api.identity.AuthDtos.SignupRequest;
import io.flowpod.api.identity.AuthDtos.TokenResponse;
import io.flowpod.api.security.AccessTokens;
import io.flowpod.api.security.CurrentUser;
import io.flowpod.domain.identity.AccountCreated;
import io.flowpod.domain.identity.Invitations;
import io.flowpod.domain.identity.PasswordResets;
import io.flowpod.domain.identity.Session;
import io.flowpod.domain.identity.Sessions;
import io.flowpod.domain.identity.SignupCommand;
import io.flowpod.domain.identity.Signups;
import io.flowpod.domain.identity.User;
import io.flowpod.domain.identity.Users;
import io.flowpod.domain.tenancy.Tenant;
import io.flowpod.domain.tenancy.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signup, sign-in, token refresh, sign-out, password reset, invitation acceptance, "who am I". The
 * public operations opt out of the API's default bearer requirement with an empty
 * {@code @SecurityRequirements}.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

  private final Signups signups;
  private final Sessions sessions;
  private final PasswordResets passwordResets;
  private final Invitations invitations;
  private final Users users;
  private final Tenants tenants;
  private final AccessTokens accessTokens;

  AuthController(Signups signups, Sessions sessions, PasswordResets passwordResets,
      Invitations invitations, Users users, Tenants tenants, AccessTokens accessTokens) {
    this.signups = signups;
    this.sessions = sessions;
    this.passwordResets = passwordResets;
    this.invitations = invitations;
    this.users = users;
    this.tenants = tenants;
    this.accessTokens = accessTokens;
  }

  @PostMapping("/signup")
  @SecurityRequirements
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a workspace and its owner, signed in",
      description = "Roles: public (no authentication). 400 lists invalid fields; 409 when the slug or "
          + "the email is taken.")
  AccountResponse signup(@RequestBody SignupRequest request) {
    AccountCreated created = signups.signup(new SignupCommand(request.workspaceName(),
        request.workspaceSlug(), request.timeZone(), request.currency(), request.locale(),
        request.ownerName(), request.email(), request.password()));
    return account(created);
  }

  @PostMapping("/login")
  @SecurityRequirements
  @Operation(summary = "Sign in with email and password",
      description = "Roles: public (no authentication). 401 for a wrong email or password (not saying "
          + "which); 403 \"workspace suspended\" when the workspace is suspended.")
  TokenResponse login(@RequestBody LoginRequest request) {
    return tokens(sessions.login(request.email(), request.password()));
  }

  @PostMapping("/refresh")
  @SecurityRequirements
  @Operation(summary = "Exchange a refresh token for a new session",
      description = "Roles: public (the refresh token is the credential). Each refresh token works once; "
          + "presenting a used one signs out every session of its family (401).")
  TokenResponse refresh(@RequestBody RefreshRequest request) {
    return tokens(sessions.refresh(request.refreshToken()));
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Sign out: revoke the refresh token's session",
      description = "Roles: any signed-in user. Always 204; a token that is not the caller's is ignored. "
          + "Access tokens already issued stay valid until they expire (15 minutes).")
  void logout(@RequestBody RefreshRequest request, CurrentUser caller) {
    sessions.logout(request.refreshToken(), caller.userId());
  }

  @PostMapping("/password-reset")
  @SecurityRequirements
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Mail a password reset link",
      description = "Roles: public (no authentication). Always 202, whether or not the email has an "
          + "account. The link works once and expires after 30 minutes.")
  void requestPasswordReset(@RequestBody PasswordResetRequest request) {
    passwordResets.request(request.email());
  }

  @PostMapping("/password-reset/confirm")
  @SecurityRequirements
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Set a new password with a reset link's token",
      description = "Roles: public (the link token is the credential). Signs the user out everywhere. "
          + "400 for an unknown token or a weak password; 410 for an expired or used link.")
  void confirmPasswordReset(@RequestBody PasswordResetConfirmation request) {
    passwordResets.confirm(request.token(), request.newPassword());
  }

  @PostMapping("/invitations/accept")
  @SecurityRequirements
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Accept an invitation: create the account, signed in",
      description = "Roles: public (the link token is the credential). 410 for an expired or already "
          + "accepted invitation.")
  AccountResponse acceptInvitation(@RequestBody InvitationAcceptance request) {
    return account(invitations.accept(request.token(), request.displayName(), request.password()));
  }

  @GetMapping("/me")
  @Operation(summary = "The signed-in user and workspace",
      description = "Roles: any signed-in user.")
  MeResponse me(CurrentUser caller) {
    User user = users.find(caller.userId()).orElseThrow(
        () -> new AuthenticationCredentialsNotFoundException("The token's user no longer exists"));
    Tenant tenant = tenants.find(caller.tenantId()).orElseThrow();
    return new MeResponse(user.id(), tenant.id(), tenant.slug(), tenant.name(), user.email(),
        user.displayName(), List.of(user.role().name()));
  }

  private TokenResponse tokens(Session session) {
    return TokenResponse.of(session, accessTokens.mint(session.user()));
  }

  private AccountResponse account(AccountCreated created) {
    return AccountResponse.of(created.tenantId(), created.userId(), created.session(),
        accessTokens.mint(created.session().user()));
  }
}
