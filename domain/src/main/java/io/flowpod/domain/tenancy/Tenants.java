package io.flowpod.domain.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant registry: create workspaces, look them up, and list the ones whose flows run. */
@Service
public class Tenants {

  private final TenantRepository repository;
  private final Clock clock;

  Tenants(TenantRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Transactional
  public Tenant create(NewTenant request) {
    Tenant tenant =
        new Tenant(UUID.randomUUID(), request.name().strip(), request.slug(), request.timeZone(),
            request.currency(), request.locale(), null, null, TenantStatus.ACTIVE, null,
            Instant.now(clock), null);
    return repository.save(tenant);
  }

  @Transactional(readOnly = true)
  public Optional<Tenant> find(UUID id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Optional<Tenant> findBySlug(String slug) {
    return repository.findBySlug(slug);
  }

  @Transactional(readOnly = true)
  public List<UUID> activeTenantIds() {
    return repository.findActiveIds();
  }
}
