package io.flowpod.app.tenancy;

import java.util.Map;

/**
 * One INSERT per tenant-owned table that creates a row for the tenant bound to {@code :tenant} (a uuid)
 * with a fresh id. Every tenant-owned table must have an entry: the row-level security suite fails for
 * a table it cannot populate, so a new table cannot slip past it.
 */
final class TenantOwnedTableSeeds {

  static final Map<String, String> SQL = Map.of(
      "flow_checks", """
          insert into flow_checks (id, tenant_id, status, requested_at, due_at, version)
          values (gen_random_uuid(), :tenant, 'REQUESTED', now(), now(), 0)""",
      "flow_resumptions", """
          insert into flow_resumptions (id, tenant_id, process_id, business_object, outcome, happened_at)
          values (gen_random_uuid(), :tenant, 'p', 'flow check x', 'RESUMED', now())""");

  private TenantOwnedTableSeeds() {}
}
