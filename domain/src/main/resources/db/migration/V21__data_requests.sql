-- Data-subject requests (GDPR articles 15-17): access, rectification and erasure, each with its legal
-- clock (one month from receipt, extendable once by up to two more months with a notice to the
-- customer before day 30), identity verification and completion proof.

create table data_requests (
  id                  uuid        primary key,
  tenant_id           uuid        not null references tenants (id),
  customer_id         uuid        not null references customers (id),
  kind                text        not null check (kind in ('ACCESS', 'RECTIFICATION', 'ERASURE')),
  received_via        text        not null
    check (received_via in ('EMAIL', 'WHATSAPP', 'TELEGRAM', 'SMS', 'PHONE', 'POST', 'IN_PERSON', 'WEB')),
  -- What the customer asked for, in staff's words; blanked by an erasure (it may name the customer).
  note                text        check (length(note) <= 2000),
  status              text        not null
    check (status in ('AWAITING_VERIFICATION', 'IN_PROGRESS', 'COMPLETED', 'REJECTED')),
  received_at         timestamptz not null,
  original_due_at     timestamptz not null,
  due_at              timestamptz not null,
  extended_at         timestamptz,
  extension_reason    text        check (length(extension_reason) <= 1000),
  verified_at         timestamptz,
  verification_method text        check (verification_method in ('LINK', 'IN_PERSON')),
  verified_by         uuid,
  export_expires_at   timestamptz,
  export_downloaded_at timestamptz,
  completed_at        timestamptz,
  completed_by        uuid,
  outcome             text,
  recorded_by         uuid,
  version             bigint      not null default 0,
  check (due_at >= original_due_at)
);
create index data_requests_tenant_due on data_requests (tenant_id, status, due_at);
create index data_requests_customer on data_requests (tenant_id, customer_id);

alter table data_requests enable row level security;
alter table data_requests force row level security;
create policy tenant_isolation on data_requests
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());

-- The request's log: what was done, when and by whom (null actor: the flow or the customer's link).
-- Details name things (sections erased, fields corrected), never values. Append-only; the dedupe key
-- makes a repeated job record its step once.
create table data_request_events (
  id              uuid        primary key,
  seq             bigint      generated always as identity,
  tenant_id       uuid        not null references tenants (id),
  data_request_id uuid        not null references data_requests (id),
  kind            text        not null,
  detail          text,
  actor_user_id   uuid,
  dedupe_key      text        not null,
  occurred_at     timestamptz not null
);
create unique index data_request_events_dedupe on data_request_events (tenant_id, data_request_id, dedupe_key);
create index data_request_events_request on data_request_events (tenant_id, data_request_id, seq);

alter table data_request_events enable row level security;
alter table data_request_events force row level security;
create policy tenant_isolation on data_request_events
  using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id());
revoke update, delete, truncate on data_request_events from ${appRole};
