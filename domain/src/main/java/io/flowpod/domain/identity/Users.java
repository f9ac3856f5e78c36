package io.flowpod.domain.identity;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.identity.IdentityException.Reason;
import io.flowpod.domain.platform.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's users: look them up, list them, change their roles. */
@Service
public class Users {

  private final UserStore store;
  private final PreTenantLookup lookup;
  private final Passwords passwords;
  private final AuditLog audit;
  private final TenantTransactions work;
  private final Clock clock;

  Users(UserStore store, PreTenantLookup lookup, Passwords passwords, AuditLog audit, TenantTransactions work,
      Clock clock) {
    this.store = store;
    this.lookup = lookup;
    this.passwords = passwords;
    this.audit = audit;
    this.work = work;
    this.clock = clock;
  }

  /** A user of the current tenant; another tenant's user is invisible (empty). */
  @Transactional(readOnly = true)
  public Optional<User> find(UUID id) {
    return store.findById(id);
  }

  /** The current tenant's users, oldest first. */
  @Transactional(readOnly = true)
  public Page<User> list(int page, int size) {
    PageRequest request = PageRequest.of(page, size);
    return new PageImpl<>(store.page(size, request.getOffset()), request, store.count());
  }

  /**
   * Gives a user of the current tenant another workspace role. Only OWNER and ADMIN may; an ADMIN may
   * neither make nor change an OWNER; nobody changes their own role (so a workspace always keeps the
   * owner who is acting). The change applies only to {@code expectedVersion}, the version the caller
   * read: the check and the write are one conditional update, so a concurrent change is never lost.
   *
   * @throws OptimisticLockingFailureException when the user is no longer at {@code expectedVersion}
   */
  @Transactional
  public User changeRole(UUID userId, Role newRole, long expectedVersion, AuthenticatedUser actor) {
    if (newRole == null || !newRole.isWorkspaceRole()) {
      throw IdentityException.invalid(Map.of("role", "must be one of OWNER, ADMIN, MANAGER, STAFF"));
    }
    if (!actor.may(Role.ADMIN)) {
      throw new IdentityException(Reason.NOT_PERMITTED, "Only owners and admins change roles");
    }
    User user = store.findById(userId)
        .orElseThrow(() -> new IdentityException(Reason.USER_NOT_FOUND, "No such user"));
    // The rules below judge the version the caller saw; the update then applies only to that version.
    if (user.version() != expectedVersion) {
      throw changedMeanwhile(user);
    }
    if (user.id().equals(actor.userId())) {
      throw new IdentityException(Reason.CONFLICT, "You cannot change your own role");
    }
    if (!actor.may(Role.OWNER) && (newRole == Role.OWNER || user.role() == Role.OWNER)) {
      throw new IdentityException(Reason.NOT_PERMITTED, "Only an owner can make or change an owner");
    }
    if (user.role() == newRole) {
      return user;
    }
    if (!store.updateRole(user.id(), newRole, expectedVersion, Instant.now(clock))) {
      throw changedMeanwhile(user);
    }
    audit.record(AuditActions.USER_ROLE_CHANGED, actor.userId(), "user", user.id());
    return new User(user.id(), user.tenantId(), user.email(), user.displayName(), newRole,
        user.createdAt(), expectedVersion + 1);
  }

  private static OptimisticLockingFailureException changedMeanwhile(User user) {
    return new OptimisticLockingFailureException("user " + user.id() + " changed meanwhile");
  }

  /**
   * Creates a user with a known password in the given tenant unless the email already has an account
   * (anywhere): for demo data and the platform operator's bootstrap. Answers whether it created one.
   */
  public boolean provision(UUID tenantId, String email, String displayName, Role role, String password) {
    String normalized = Emails.normalize(email);
    PasswordPolicy.violation(password).ifPresent(message -> {
      throw IdentityException.invalid(Map.of("password", message));
    });
    if (lookup.tenantOfEmail(normalized).isPresent()) {
      return false;
    }
    String hash = passwords.hash(password);
    return work.as(tenantId, () -> {
      User user = store.insert(tenantId, normalized, displayName, role, hash, Instant.now(clock));
      audit.record(AuditActions.USER_CREATED, null, "user", user.id());
      return true;
    });
  }
}
