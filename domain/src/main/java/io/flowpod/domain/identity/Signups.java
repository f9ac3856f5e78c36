package io.flowpod.domain.identity;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.identity.IdentityException.Reason;
import io.flowpod.domain.platform.TenantTransactions;
import io.flowpod.domain.tenancy.NewTenant;
import io.flowpod.domain.tenancy.SlugTakenException;
import io.flowpod.domain.tenancy.TenantRules;
import io.flowpod.domain.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Self-service signup: a workspace and its OWNER are created in one transaction, so there is never a
 * workspace without an owner nor an owner without a workspace.
 */
@Service
public class Signups {

  private static final Map<String, String> TENANT_FIELDS = Map.of(
      "name", "workspaceName", "slug", "workspaceSlug", "timeZone", "timeZone",
      "currency", "currency", "locale", "locale");

  private final Tenants tenants;
  private final UserStore users;
  private final PreTenantLookup lookup;
  private final Passwords passwords;
  private final Sessions sessions;
  private final AuditLog audit;
  private final TenantTransactions work;
  private final Clock clock;

  Signups(Tenants tenants, UserStore users, PreTenantLookup lookup, Passwords passwords,
      Sessions sessions, AuditLog audit, TenantTransactions work, Clock clock) {
    this.tenants = tenants;
    this.users = users;
    this.lookup = lookup;
    this.passwords = passwords;
    this.sessions = sessions;
    this.audit = audit;
    this.work = work;
    this.clock = clock;
  }

  /**
   * Creates the workspace and its owner and signs the owner in.
   *
   * @throws IdentityException {@link Reason#INVALID_INPUT} listing every invalid field, or
   *     {@link Reason#EMAIL_TAKEN}
   * @throws SlugTakenException when another workspace has the slug
   */
  public AccountCreated signup(SignupCommand command) {
    return create(command, true);
  }

  /** As {@link #signup} without signing in: for demo data. */
  public AccountCreated createWorkspace(SignupCommand command) {
    return create(command, false);
  }

  private AccountCreated create(SignupCommand command, boolean signIn) {
    NewTenant workspace = new NewTenant(command.workspaceName(), command.workspaceSlug(),
        command.timeZone(), command.currency(), command.locale());
    String email = Emails.normalize(command.email());
    validate(command, workspace, email);
    if (lookup.tenantOfEmail(email).isPresent()) {
      throw emailTaken();
    }
    String hash = passwords.hash(command.password());
    UUID tenantId = UUID.randomUUID();
    try {
      return work.as(tenantId, () -> {
        tenants.create(tenantId, workspace);
        User owner = users.insert(tenantId, email, command.ownerName().strip(), Role.OWNER, hash,
            Instant.now(clock));
        audit.record(AuditActions.WORKSPACE_CREATED, owner.id(), "tenant", tenantId);
        return new AccountCreated(tenantId, owner.id(), signIn ? sessions.open(owner) : null);
      });
    } catch (DuplicateKeyException e) {
      // The email was registered between the check above and the insert.
      throw emailTaken();
    }
  }

  private static void validate(SignupCommand command, NewTenant workspace, String email) {
    Map<String, String> violations = new LinkedHashMap<>();
    TenantRules.violations(workspace).forEach((field, message) ->
        violations.put(TENANT_FIELDS.get(field), message));
    DisplayNames.check(command.ownerName(), "ownerName", violations);
    if (!Emails.isValid(email)) {
      violations.put("email", "must be a valid email address");
    }
    PasswordPolicy.violation(command.password()).ifPresent(m -> violations.put("password", m));
    if (!violations.isEmpty()) {
      throw IdentityException.invalid(violations);
    }
  }

  static IdentityException emailTaken() {
    return new IdentityException(Reason.EMAIL_TAKEN, "An account with this email already exists");
  }
}
