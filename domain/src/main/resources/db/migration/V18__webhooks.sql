-- Outbound webhooks (issue 4): a workspace's own systems subscribe to FlowPod's events. Each endpoint
-- has a signing secret sealed by SecretBox (shown once at creation or rotation, never again). Each
-- event becomes one delivery per subscribed endpoint (unique per endpoint and event id, so a repeated
-- domain event delivers once), sent and retried by a scheduler; every attempt is logged.

create table webhook_endpoints (
  id                uuid        primary key,
  tenant_id         uuid        not null references tenants (id),
  url               text        not null check (length(url) between 1 and 2000),
  description       text        check (length(description) <= 200),
  event_types       text[]      not null,
  secret_sealed     text        not null,
  secret_hint       text        not null,
  enabled           boolean     not null,
  created_at        timestamptz not null,
  updated_at        timestamptz not null,
  secret_rotated_at timestamptz
);
create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, created_at);

alter table webhook_endpoints enable row level security;
alter table webhook_endpoints force row level security;
create policy tenant_isolation on webhook_endpoints
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- One event for one endpoint. payload is the exact body sent on every attempt (ids, numbers, statuses
-- and amounts only, no personal data). next_attempt_at is when the scheduler sends it next (also a
-- lease while an attempt is in flight); round_attempts counts failures since the last (re)queue, for the
-- backoff; give_up_at ends the retries (24 h after the event by default).
create table webhook_deliveries (
  id               uuid        primary key,
  tenant_id        uuid        not null references tenants (id),
  endpoint_id      uuid        not null references webhook_endpoints (id) on delete cascade,
  event_id         uuid        not null,
  event_type       text        not null,
  payload          text        not null,
  status           text        not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
  attempts         int         not null default 0,
  round_attempts   int         not null default 0,
  next_attempt_at  timestamptz,
  give_up_at       timestamptz not null,
  occurred_at      timestamptz not null,
  created_at       timestamptz not null,
  last_status_code int,
  last_error       text,
  completed_at     timestamptz,
  unique (tenant_id, endpoint_id, event_id)
);
create index webhook_deliveries_due on webhook_deliveries (tenant_id, next_attempt_at)
  where status = 'PENDING';
create index webhook_deliveries_log on webhook_deliveries (tenant_id, endpoint_id, created_at);

alter table webhook_deliveries enable row level security;
alter table webhook_deliveries force row level security;
create policy tenant_isolation on webhook_deliveries
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- Every attempt: when, how long, the receiver's status code or the error (no response body kept).
create table webhook_attempts (
  id          uuid        primary key,
  tenant_id   uuid        not null references tenants (id),
  delivery_id uuid        not null references webhook_deliveries (id) on delete cascade,
  attempt     int         not null,
  started_at  timestamptz not null,
  duration_ms bigint      not null,
  status_code int,
  error       text,
  unique (delivery_id, attempt)
);

alter table webhook_attempts enable row level security;
alter table webhook_attempts force row level security;
create policy tenant_isolation on webhook_attempts
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The scheduler asks which active workspaces have deliveries to send or to end, then works in each
-- under its tenant (row-level security). Only workspace ids cross the tenant line here, so a quiet
-- platform with many workspaces costs one query per round instead of one per workspace.
-- (FORCE row level security binds the owner too: this read-only policy for the owner role, which only
-- the SECURITY DEFINER function below uses at run time, is the V2/V10 pre_tenant_lookup pattern.)
create policy pre_tenant_lookup on webhook_deliveries for select to current_user using (true);
create function tenants_with_due_webhooks(p_at timestamptz) returns setof uuid
  language sql stable security definer set search_path = pg_catalog, public
  as $$ select distinct d.tenant_id from public.webhook_deliveries d
        join public.tenants t on t.id = d.tenant_id and t.status = 'ACTIVE'
        where d.status = 'PENDING' and (d.next_attempt_at <= p_at or d.give_up_at < p_at) $$;
revoke all on function tenants_with_due_webhooks(timestamptz) from public;
grant execute on function tenants_with_due_webhooks(timestamptz) to ${appRole};
