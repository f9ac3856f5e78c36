package io.flowpod.domain.identity;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.identity.IdentityException.Reason;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.Tenants;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Forgot password": a single-use link, valid for {@code flowpod.security.password-reset-ttl}
 * (30 minutes by default), mailed after commit. Requesting never reveals whether an account exists;
 * completing sets the password and signs the user out everywhere.
 */
@Service
public class PasswordResets {

  private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

  record PendingReset(UUID id, UUID userId, Instant expiresAt, Instant usedAt) {}

  private final PreTenantLookup lookup;
  private final UserStore users;
  private final RefreshTokenStore refreshTokens;
  private final LinkTokens linkTokens;
  private final Passwords passwords;
  private final Tenants tenants;
  private final AuditLog audit;
  private final TenantTransactions work;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration timeToLive;

  PasswordResets(PreTenantLookup lookup, UserStore users, RefreshTokenStore refreshTokens,
      LinkTokens linkTokens, Passwords passwords, Tenants tenants, AuditLog audit, TenantTransactions work,
      ApplicationEventPublisher events, JdbcClient jdbc, Clock clock,
      @Value("${flowpod.security.password-reset-ttl:PT30M}") Duration timeToLive) {
    this.lookup = lookup;
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.linkTokens = linkTokens;
    this.passwords = passwords;
    this.tenants = tenants;
    this.audit = audit;
    this.work = work;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /** Mails a reset link if the email has an account in an active workspace; silently does nothing otherwise. */
  public void request(String email) {
    String normalized = Emails.normalize(email);
    Optional<UUID> tenant = Emails.isValid(normalized) ? lookup.tenantOfEmail(normalized) : Optional.empty();
    if (tenant.isEmpty()) {
      log.info("Password reset requested for an email without account; nothing sent");
      return;
    }
    UUID tenantId = tenant.get();
    work.as(tenantId, () -> {
      Optional<User> user = users.findByEmail(normalized);
      if (user.isEmpty() || !tenants.isActive(tenantId)) {
        return null;
      }
      Instant now = Instant.now(clock);
      UUID resetId = UUID.randomUUID();
      String tokenHash = SecretTokens.hash(linkTokens.derive(LinkTokens.PASSWORD_RESET, resetId));
      jdbc.sql("""
              insert into password_resets (id, tenant_id, user_id, token_hash, requested_at, expires_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(resetId, tenantId, user.get().id(), tokenHash, Timestamp.from(now),
              Timestamp.from(now.plus(timeToLive)))
          .update();
      audit.record(AuditActions.PASSWORD_RESET_REQUESTED, null, "user", user.get().id());
      events.publishEvent(new PasswordResetRequested(tenantId, resetId));
      return null;
    });
  }

  /**
   * Sets a new password with a reset link's token, uses up the link and revokes every refresh token
   * of the user.
   *
   * @throws IdentityException {@link Reason#INVALID_INPUT} for a password the policy refuses,
   *     {@link Reason#INVALID_LINK} for an unknown token, {@link Reason#LINK_EXPIRED} for an expired or
   *     already used one
   */
  public void confirm(String token, String newPassword) {
    PasswordPolicy.violation(newPassword).ifPresent(message -> {
      throw IdentityException.invalid(Map.of("newPassword", message));
    });
    if (token == null || token.isBlank()) {
      throw invalidLink();
    }
    String tokenHash = SecretTokens.hash(token);
    UUID tenantId = lookup.tenantOfPasswordReset(tokenHash).orElseThrow(PasswordResets::invalidLink);
    String hash = passwords.hash(newPassword);
    work.as(tenantId, () -> {
      Instant now = Instant.now(clock);
      PendingReset reset = jdbc.sql("""
              select id, user_id, expires_at, used_at from password_resets
              where token_hash = ? for update""")
          .param(tokenHash)
          .query((rs, n) -> new PendingReset(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
              rs.getTimestamp(3).toInstant(),
              rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
          .optional()
          .orElseThrow(PasswordResets::invalidLink);
      if (reset.usedAt() != null || !now.isBefore(reset.expiresAt())) {
        throw new IdentityException(Reason.LINK_EXPIRED,
            "This password reset link has expired or was already used; request a new one");
      }
      jdbc.sql("update password_resets set used_at = ? where id = ?")
          .params(Timestamp.from(now), reset.id()).update();
      users.updatePassword(reset.userId(), hash, now);
      refreshTokens.revokeAllOf(reset.userId(), now);
      audit.record(AuditActions.PASSWORD_RESET_COMPLETED, reset.userId(), "user", reset.userId());
      return null;
    });
  }

  /** What the mail for a reset needs, or empty if the reset is gone. Runs as the current tenant. */
  Optional<ResetMail> mailFor(UUID resetId) {
    return jdbc.sql("""
            select u.email, r.expires_at from password_resets r join users u on u.id = r.user_id
            where r.id = ? and r.used_at is null""")
        .param(resetId)
        .query((rs, n) -> new ResetMail(rs.getString(1),
            linkTokens.derive(LinkTokens.PASSWORD_RESET, resetId), rs.getTimestamp(2).toInstant()))
        .optional();
  }

  record ResetMail(String to, String token, Instant expiresAt) {}

  private static IdentityException invalidLink() {
    return new IdentityException(Reason.INVALID_LINK, "This password reset link is not valid");
  }
}
