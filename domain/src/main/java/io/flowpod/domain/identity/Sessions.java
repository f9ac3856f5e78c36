package io.flowpod.domain.identity;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.identity.IdentityException.Reason;
import io.flowpod.domain.platform.TenantContext;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sign-in, refresh-token rotation and sign-out. Refresh tokens rotate on every use; a used token
 * presented again revokes its whole family (see {@link RefreshTokenRotation}). A suspended workspace's
 * users are refused with {@link TenantSuspendedException}, but only after their password checked out,
 * so the refusal says nothing to someone guessing.
 */
@Service
public class Sessions {

  private static final Logger log = LoggerFactory.getLogger(Sessions.class);

  private sealed interface Rotation {
    record Rotated(Session session) implements Rotation {}
    record Refused() implements Rotation {}
    record ReuseDetected() implements Rotation {}
  }

  private final PreTenantLookup lookup;
  private final UserStore users;
  private final RefreshTokenStore tokens;
  private final Passwords passwords;
  private final Tenants tenants;
  private final AuditLog audit;
  private final TenantTransactions work;
  private final Clock clock;

  Sessions(PreTenantLookup lookup, UserStore users, RefreshTokenStore tokens, Passwords passwords,
      Tenants tenants, AuditLog audit, TenantTransactions work, Clock clock) {
    this.lookup = lookup;
    this.users = users;
    this.tokens = tokens;
    this.passwords = passwords;
    this.tenants = tenants;
    this.audit = audit;
    this.work = work;
    this.clock = clock;
  }

  /**
   * @throws IdentityException {@link Reason#INVALID_CREDENTIALS} for an unknown email or wrong password
   * @throws TenantSuspendedException when the password is right but the workspace is suspended
   */
  public Session login(String email, String password) {
    String normalized = Emails.normalize(email);
    Optional<UUID> tenantId = Emails.isValid(normalized) ? lookup.tenantOfEmail(normalized) : Optional.empty();
    if (tenantId.isEmpty()) {
      passwords.spendDecoyTime(password);
      log.info("Login refused: no account for the given email");
      throw invalidCredentials();
    }
    UUID tenant = tenantId.get();
    // Read, then check the password outside any transaction: bcrypt is slow and needs no connection.
    Optional<UserStore.Credentials> credentials =
        work.as(tenant, () -> users.credentialsByEmail(normalized));
    if (credentials.isEmpty() || !passwords.matches(password, credentials.get().passwordHash())) {
      UUID userId = credentials.map(c -> c.user().id()).orElse(null);
      work.as(tenant, () -> {
        audit.record(AuditActions.LOGIN_FAILED, null, "user", userId);
        return null;
      });
      log.info("Login refused: wrong password for user {}", userId);
      throw invalidCredentials();
    }
    User user = credentials.get().user();
    return work.as(tenant, () -> {
      requireActive(tenant);
      Session session = Session.of(user, tokens.issue(tenant, user.id(), UUID.randomUUID(), now()));
      audit.record(AuditActions.LOGIN_SUCCEEDED, user.id(), "user", user.id());
      return session;
    });
  }

  /**
   * Exchanges a refresh token for its successor. The roles in the new session are read afresh, so a
   * role change takes effect at the next refresh.
   *
   * @throws IdentityException {@link Reason#INVALID_REFRESH_TOKEN} when the token is unknown, expired,
   *     revoked, or was used before (which also revokes every token of its family)
   * @throws TenantSuspendedException when the workspace is suspended
   */
  public Session refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw invalidRefreshToken();
    }
    String hash = SecretTokens.hash(refreshToken);
    UUID tenant = lookup.tenantOfRefreshToken(hash).orElseThrow(Sessions::invalidRefreshToken);
    Rotation outcome = work.as(tenant, () -> rotate(tenant, hash));
    return switch (outcome) {
      case Rotation.Rotated rotated -> rotated.session();
      case Rotation.ReuseDetected reused -> throw new IdentityException(Reason.INVALID_REFRESH_TOKEN,
          "This refresh token was already used; every session it belonged to is now signed out");
      case Rotation.Refused refused -> throw invalidRefreshToken();
    };
  }

  // Returns instead of throwing, so that a family revocation commits while the caller is refused.
  private Rotation rotate(UUID tenant, String hash) {
    Instant now = now();
    Optional<StoredRefreshToken> found = tokens.lockByHash(hash);
    if (found.isEmpty()) {
      return new Rotation.Refused();
    }
    StoredRefreshToken token = found.get();
    return switch (RefreshTokenRotation.decide(token, now)) {
      case REFUSE -> new Rotation.Refused();
      case REVOKE_FAMILY -> {
        tokens.revokeFamily(token.familyId(), now);
        audit.record(AuditActions.REFRESH_REUSE_DETECTED, null, "user", token.userId());
        log.warn("Refresh token reuse for user {}: token family {} revoked", token.userId(),
            token.familyId());
        yield new Rotation.ReuseDetected();
      }
      case ROTATE -> {
        requireActive(tenant); // nothing written yet, so the rollback this causes loses nothing
        Optional<User> user = users.findById(token.userId());
        if (user.isEmpty()) {
          yield new Rotation.Refused();
        }
        tokens.markUsed(token.id(), now);
        yield new Rotation.Rotated(
            Session.of(user.get(), tokens.issue(tenant, token.userId(), token.familyId(), now)));
      }
    };
  }

  /**
   * Signs the caller out: revokes the refresh token's family if the token is the caller's. Unknown or
   * foreign tokens change nothing (and the caller learns nothing about them). Runs as the current tenant.
   */
  public void logout(String refreshToken, UUID callerUserId) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return;
    }
    String hash = SecretTokens.hash(refreshToken);
    work.as(TenantContext.require(), () -> {
      tokens.lockByHash(hash)
          .filter(token -> token.userId().equals(callerUserId))
          .ifPresent(token -> {
            tokens.revokeFamily(token.familyId(), now());
            audit.record(AuditActions.LOGOUT, callerUserId, "user", callerUserId);
          });
      return null;
    });
  }

  /** Starts a new session for a user just created in the current transaction (signup, invitation). */
  Session open(User user) {
    return Session.of(user, tokens.issue(user.tenantId(), user.id(), UUID.randomUUID(), now()));
  }

  private void requireActive(UUID tenant) {
    if (!tenants.isActive(tenant)) {
      throw new TenantSuspendedException();
    }
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private static IdentityException invalidCredentials() {
    return new IdentityException(Reason.INVALID_CREDENTIALS, "Email or password is wrong");
  }

  private static IdentityException invalidRefreshToken() {
    return new IdentityException(Reason.INVALID_REFRESH_TOKEN,
        "The refresh token is invalid or expired; sign in again");
  }
}
