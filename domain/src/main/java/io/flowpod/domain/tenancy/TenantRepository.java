package io.flowpod.domain.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TenantRepository extends ListCrudRepository<Tenant, UUID> {

  Optional<Tenant> findBySlug(String slug);

  Page<Tenant> findByIdNot(UUID excluded, Pageable pageable);

  @Query("select id from tenants where status = 'ACTIVE' order by created_at")
  List<UUID> findActiveIds();
}
