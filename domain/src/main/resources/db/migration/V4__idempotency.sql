-- Idempotency keys for POSTs that create business objects (io.flowpod.api.idempotency).
-- The row is inserted at the start of the request's transaction and committed together with the
-- business change and the stored response, so a concurrent duplicate waits on the uncommitted row
-- and then replays it; a failed request rolls back and leaves no row, so the client may retry.

create table idempotency_keys (
  tenant_id        uuid        not null references tenants (id),
  scope            text        not null,                  -- method and path, e.g. POST /api/v1/flow-checks
  idempotency_key  text        not null check (length(idempotency_key) between 1 and 255),
  fingerprint      text        not null,                  -- SHA-256 of the canonical request body
  response_status  integer,                               -- null only while the first request runs
  response_headers text        not null default '',       -- "Name: value" lines (Content-Type, Location, ETag)
  response_body    bytea,
  created_at       timestamptz not null,
  expires_at       timestamptz not null,
  primary key (tenant_id, scope, idempotency_key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);

alter table idempotency_keys enable row level security;
alter table idempotency_keys force row level security;
create policy tenant_isolation on idempotency_keys
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Lets the hourly purge run without a tenant: a plain "delete from idempotency_keys" (no WHERE, no
-- RETURNING, so no SELECT policy applies) removes exactly the expired rows of every tenant. It grants
-- no read access: expired responses of other tenants are never visible.
create policy purge_expired on idempotency_keys for delete using (expires_at < now());
