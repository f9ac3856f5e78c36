package io.flowpod.domain.identity;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.identity.IdentityException.Reason;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.TenantSuspendedException;
import io.flowpod.domain.tenancy.Tenants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Invitations into the current workspace. OWNER and ADMIN invite (an ADMIN cannot invite an OWNER);
 * the invitee gets a mailed single-use link, valid for {@code flowpod.security.invitation-ttl} (7 days by
 * default), and accepting it creates the account and signs it in.
 */
@Service
public class Invitations {

  private static final String COLUMNS =
      "id, email, role, display_name, invited_by, created_at, expires_at, accepted_at";

  private final PreTenantLookup lookup;
  private final UserStore users;
  private final LinkTokens linkTokens;
  private final Passwords passwords;
  private final Sessions sessions;
  private final Tenants tenants;
  private final AuditLog audit;
  private final TenantTransactions work;
  private final ApplicationEventPublisher events;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration timeToLive;

  Invitations(PreTenantLookup lookup, UserStore users, LinkTokens linkTokens, Passwords passwords,
      Sessions sessions, Tenants tenants, AuditLog audit, TenantTransactions work,
      ApplicationEventPublisher events, JdbcClient jdbc, Clock clock,
      @Value("${flowpod.security.invitation-ttl:P7D}") Duration timeToLive) {
    this.lookup = lookup;
    this.users = users;
    this.linkTokens = linkTokens;
    this.passwords = passwords;
    this.sessions = sessions;
    this.tenants = tenants;
    this.audit = audit;
    this.work = work;
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
    this.timeToLive = timeToLive;
  }

  /**
   * Invites someone into the actor's (the current) workspace and mails the link after commit.
   *
   * @throws IdentityException {@link Reason#INVALID_INPUT}, {@link Reason#NOT_PERMITTED} (not an
   *     owner/admin, or an ADMIN inviting an OWNER), {@link Reason#EMAIL_TAKEN}
   */
  public Invitation invite(InvitationCommand command, AuthenticatedUser actor) {
    String email = Emails.normalize(command.email());
    Map<String, String> violations = new LinkedHashMap<>();
    if (!Emails.isValid(email)) {
      violations.put("email", "must be a valid email address");
    }
    if (command.role() == null || !command.role().isWorkspaceRole()) {
      violations.put("role", "must be one of OWNER, ADMIN, MANAGER, STAFF");
    }
    if (command.displayName() != null) {
      DisplayNames.check(command.displayName(), "displayName", violations);
    }
    if (!violations.isEmpty()) {
      throw IdentityException.invalid(violations);
    }
    if (!actor.may(Role.ADMIN) || !actor.may(command.role())) {
      throw new IdentityException(Reason.NOT_PERMITTED,
          "Your role cannot invite someone as " + command.role());
    }
    if (lookup.tenantOfEmail(email).isPresent()) {
      throw Signups.emailTaken();
    }
    return work.as(actor.tenantId(), () -> {
      Instant now = Instant.now(clock);
      Invitation invitation = new Invitation(UUID.randomUUID(), email, command.role(),
          command.displayName() == null ? null : command.displayName().strip(), actor.userId(), now,
          now.plus(timeToLive), null);
      jdbc.sql("""
              insert into invitations
                (id, tenant_id, email, role, display_name, token_hash, invited_by, created_at, expires_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(invitation.id(), actor.tenantId(), email, invitation.role().name(),
              invitation.displayName(),
              SecretTokens.hash(linkTokens.derive(LinkTokens.INVITATION, invitation.id())),
              actor.userId(), Timestamp.from(now), Timestamp.from(invitation.expiresAt()))
          .update();
      audit.record(AuditActions.USER_INVITED, actor.userId(), "invitation", invitation.id());
      events.publishEvent(new InvitationSent(actor.tenantId(), invitation.id()));
      return invitation;
    });
  }

  /**
   * Accepts an invitation: creates the user with the invited email and role, uses up the link, and
   * signs the new user in. {@code displayName} may be omitted when the invitation named one.
   *
   * @throws IdentityException {@link Reason#INVALID_INPUT}, {@link Reason#INVALID_LINK},
   *     {@link Reason#LINK_EXPIRED} (expired or already accepted), {@link Reason#EMAIL_TAKEN}
   * @throws TenantSuspendedException when the workspace is suspended
   */
  public AccountCreated accept(String token, String displayName, String password) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (displayName != null) {
      DisplayNames.check(displayName, "displayName", violations);
    }
    PasswordPolicy.violation(password).ifPresent(m -> violations.put("password", m));
    if (!violations.isEmpty()) {
      throw IdentityException.invalid(violations);
    }
    if (token == null || token.isBlank()) {
      throw invalidLink();
    }
    String tokenHash = SecretTokens.hash(token);
    UUID tenantId = lookup.tenantOfInvitation(tokenHash).orElseThrow(Invitations::invalidLink);
    String passwordHash = passwords.hash(password);
    try {
      return work.as(tenantId, () -> {
        Instant now = Instant.now(clock);
        Invitation invitation = jdbc.sql("select " + COLUMNS + " from invitations where token_hash = ? for update")
            .param(tokenHash).query(Invitations::invitation).optional()
            .orElseThrow(Invitations::invalidLink);
        if (invitation.acceptedAt() != null || !now.isBefore(invitation.expiresAt())) {
          throw new IdentityException(Reason.LINK_EXPIRED,
              "This invitation has expired or was already accepted; ask for a new one");
        }
        if (!tenants.isActive(tenantId)) {
          throw new TenantSuspendedException();
        }
        String name = displayName != null ? displayName.strip() : invitation.displayName();
        if (name == null) {
          throw IdentityException.invalid(Map.of("displayName", "must not be blank"));
        }
        User user = users.insert(tenantId, invitation.email(), name, invitation.role(), passwordHash, now);
        jdbc.sql("update invitations set accepted_at = ?, accepted_user_id = ? where id = ?")
            .params(Timestamp.from(now), user.id(), invitation.id()).update();
        audit.record(AuditActions.INVITATION_ACCEPTED, user.id(), "invitation", invitation.id());
        return new AccountCreated(tenantId, user.id(), sessions.open(user));
      });
    } catch (DuplicateKeyException e) {
      throw Signups.emailTaken();
    }
  }

  /** What the mail for an invitation needs, or empty if it is gone or used. Runs as the current tenant. */
  Optional<InvitationMail> mailFor(UUID invitationId) {
    return jdbc.sql("""
            select i.email, i.role, i.expires_at, t.name, u.display_name
            from invitations i join tenants t on t.id = i.tenant_id join users u on u.id = i.invited_by
            where i.id = ? and i.accepted_at is null""")
        .param(invitationId)
        .query((rs, n) -> new InvitationMail(rs.getString(1), Role.valueOf(rs.getString(2)),
            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
            linkTokens.derive(LinkTokens.INVITATION, invitationId)))
        .optional();
  }

  record InvitationMail(String to, Role role, Instant expiresAt, String workspaceName,
      String inviterName, String token) {}

  private static Invitation invitation(ResultSet rs, int n) throws SQLException {
    Timestamp accepted = rs.getTimestamp("accepted_at");
    return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"),
        Role.valueOf(rs.getString("role")), rs.getString("display_name"),
        rs.getObject("invited_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(), accepted == null ? null : accepted.toInstant());
  }

  private static IdentityException invalidLink() {
    return new IdentityException(Reason.INVALID_LINK, "This invitation link is not valid");
  }
}
