package io.flowpod.domain.tenancy;

import io.flowpod.domain.audit.AuditActions;
import io.flowpod.domain.audit.AuditLog;
import io.flowpod.domain.platform.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant registry: create workspaces, look them up, list the ones whose flows run, and let the
 * platform operator suspend and reactivate them. A suspended workspace's users are refused at login,
 * at token refresh and on every API call, and its public pages answer "suspended" through
 * {@link #requireActive(String)}.
 */
@Service
public class Tenants {

  /** The platform operator's own tenant (created by migration V2); holds only super-admins. */
  public static final UUID PLATFORM_TENANT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

  static final int MAX_REASON_LENGTH = 500;

  private final TenantRepository repository;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Tenants(TenantRepository repository, AuditLog audit, PlatformTransactionManager transactionManager,
      Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  @Transactional
  public Tenant create(NewTenant request) {
    return create(UUID.randomUUID(), request);
  }

  /**
   * Creates the workspace with a caller-chosen id, so that a caller can set the tenant context before
   * its transaction starts and write the workspace's first tenant-owned rows in the same transaction.
   *
   * @throws IllegalArgumentException when {@link TenantRules} finds the request invalid
   * @throws SlugTakenException when another workspace has the slug
   */
  @Transactional
  public Tenant create(UUID id, NewTenant request) {
    Map<String, String> violations = TenantRules.violations(request);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("Invalid workspace: " + violations);
    }
    if (repository.findBySlug(request.slug()).isPresent()) {
      throw new SlugTakenException();
    }
    Tenant tenant = new Tenant(id, request.name().strip(), request.slug(), request.timeZone(),
        request.currency(), request.locale(), null, null, TenantStatus.ACTIVE, null,
        Instant.now(clock), null);
    try {
      return repository.save(tenant);
    } catch (RuntimeException e) {
      throw isDuplicateKey(e) ? new SlugTakenException() : e;
    }
  }

  @Transactional(readOnly = true)
  public Optional<Tenant> find(UUID id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Optional<Tenant> findBySlug(String slug) {
    return repository.findBySlug(slug);
  }

  /**
   * The active workspace with this slug, for public pages and anything else reached without a login.
   *
   * @throws TenantNotFoundException when there is no such workspace
   * @throws TenantSuspendedException when it is suspended
   */
  @Transactional(readOnly = true)
  public Tenant requireActive(String slug) {
    return active(repository.findBySlug(slug));
  }

  /** As {@link #requireActive(String)}, by id. */
  @Transactional(readOnly = true)
  public Tenant requireActive(UUID id) {
    return active(repository.findById(id));
  }

  /** Whether the tenant exists and is not suspended (the platform tenant counts as active). */
  @Transactional(readOnly = true)
  public boolean isActive(UUID id) {
    return repository.findById(id).map(Tenant::isActive).orElse(false);
  }

  @Transactional(readOnly = true)
  public List<UUID> activeTenantIds() {
    return repository.findActiveIds();
  }

  /** Workspaces (never the platform tenant), oldest first. */
  @Transactional(readOnly = true)
  public Page<Tenant> list(int page, int size) {
    return repository.findByIdNot(PLATFORM_TENANT_ID,
        PageRequest.of(page, size, Sort.by("createdAt", "id")));
  }

  /**
   * Suspends a workspace, recording the reason and the operator in the workspace's audit log.
   * Suspending again with the same reason changes nothing.
   */
  public Tenant suspend(UUID id, String reason, UUID operatorUserId) {
    if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
      throw new IllegalArgumentException("reason must be 1 to " + MAX_REASON_LENGTH + " characters");
    }
    return changeStatus(id, TenantStatus.SUSPENDED, reason.strip(), AuditActions.TENANT_SUSPENDED,
        operatorUserId);
  }

  /** Reactivates a suspended workspace; reactivating an active one changes nothing. */
  public Tenant reactivate(UUID id, UUID operatorUserId) {
    return changeStatus(id, TenantStatus.ACTIVE, null, AuditActions.TENANT_REACTIVATED, operatorUserId);
  }

  private Tenant changeStatus(UUID id, TenantStatus status, String reason, String action,
      UUID operatorUserId) {
    if (PLATFORM_TENANT_ID.equals(id)) {
      throw new TenantNotFoundException();
    }
    // The audit entry belongs to the affected workspace, so the work runs as that tenant.
    return TenantContext.callAs(id, () -> transactions.execute(tx -> {
      Tenant tenant = repository.findById(id).orElseThrow(TenantNotFoundException::new);
      if (tenant.status() == status && java.util.Objects.equals(tenant.statusReason(), reason)) {
        return tenant;
      }
      Tenant changed = repository.save(tenant.withStatus(status, reason));
      audit.record(action, operatorUserId, "tenant", id);
      return changed;
    }));
  }

  private static Tenant active(Optional<Tenant> tenant) {
    Tenant found = tenant.filter(t -> !PLATFORM_TENANT_ID.equals(t.id()))
        .orElseThrow(TenantNotFoundException::new);
    if (!found.isActive()) {
      throw new TenantSuspendedException();
    }
    return found;
  }

  private static boolean isDuplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DuplicateKeyException) {
        return true;
      }
    }
    return false;
  }
}
